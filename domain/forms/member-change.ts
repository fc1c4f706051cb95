// 会員情報変更申請 (第5章): the company and 管理者 fields of the joining forms (application.ts,
// reused as they are) plus the id the form was shown with, so a double submission makes one request.
import { z } from 'zod';
import { parseApplicationForm } from './application';

const FORM_EXPIRED = '画面の有効期限が切れました。お手数ですが、もう一度「変更」ボタンをクリックしてください。';

export const requestIdField = z.string({ error: FORM_EXPIRED }).uuid(FORM_EXPIRED);

export const MEMBER_CHANGE_EXTRA_FIELDS = ['requestId'] as const;

export function parseMemberChangeForm(input: Record<string, unknown>) {
  return parseApplicationForm(input, { requestId: requestIdField }, MEMBER_CHANGE_EXTRA_FIELDS);
}

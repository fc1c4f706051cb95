// 会員情報変更申請 (第5章): the company and 管理者 fields of the joining forms (application.ts,
// reused as they are) plus the id the form was shown with, so a double submission makes one request.
import { z } from 'zod';
import { parseApplicationForm } from './application';

/** The id a form was shown with; when it is missing or malformed, the user presses `button` again. */
export function requestIdField(button: string) {
  const expired = `画面の有効期限が切れました。お手数ですが、もう一度「${button}」ボタンをクリックしてください。`;
  return z.string({ error: expired }).uuid(expired);
}

export const MEMBER_CHANGE_EXTRA_FIELDS = ['requestId'] as const;

export function parseMemberChangeForm(input: Record<string, unknown>) {
  return parseApplicationForm(input, { requestId: requestIdField('変更') }, MEMBER_CHANGE_EXTRA_FIELDS);
}

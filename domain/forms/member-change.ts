// 会員情報変更申請 (第5章): the company and 管理者 fields of the joining forms (application.ts,
// reused as they are) plus the id the form was shown with, so a double submission makes one request.
import { parseApplicationForm } from './application';
import { requestIdField } from './form-id';

export const MEMBER_CHANGE_EXTRA_FIELDS = ['requestId'] as const;

export function parseMemberChangeForm(input: Record<string, unknown>) {
  return parseApplicationForm(input, { requestId: requestIdField('変更') }, MEMBER_CHANGE_EXTRA_FIELDS);
}

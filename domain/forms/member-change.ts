// 会員情報変更申請 (第5章): the company and 管理者 fields of the joining forms (application.ts,
// reused as they are) plus the id the form was shown with, so a double submission makes one request,
// and the 管理者 it showed (administratorsBasis), so a 管理者 change made meanwhile is not undone.
import { applicationFormParser } from './application';
import { editBasisField } from './edit-basis';
import { requestIdField } from './form-id';

export const MEMBER_CHANGE_EXTRA_FIELDS = ['requestId', 'administratorsBasis'] as const;

export const parseMemberChangeForm = applicationFormParser({ requestId: requestIdField('変更'), administratorsBasis: editBasisField }, MEMBER_CHANGE_EXTRA_FIELDS);

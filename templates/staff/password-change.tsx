// パスワード変更 of a staff account: the same rules as members.
import type { FieldErrors } from '../../domain/forms/parse-form';
import type { PasswordChangeField } from '../../domain/forms/password-change';
import type { StaffAuth } from '../../server/deps';
import { Done, FormError } from '../components/notice';
import { PasswordFields } from '../components/password-fields';
import { StaffLayout } from './staff-layout';

export interface StaffPasswordChangePageProps {
  auth: StaffAuth;
  errors: FieldErrors<PasswordChangeField>;
  rule: string;
  reason?: string;
  done?: string;
}

export function StaffPasswordChangePage({ auth, errors, rule, reason, done }: StaffPasswordChangePageProps) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <StaffLayout title="パスワード変更" auth={auth}>
      <h1>パスワード変更</h1>
      <Done message={done} />
      {reason ? <p class="panel" role="status">{reason}</p> : null}
      <form hx-boost="true" method="post" action="/staff/password" novalidate>
        <FormError message={hasErrors ? '入力内容に誤りがあります。各項目のメッセージをご確認ください。' : undefined} />
        <PasswordFields errors={errors} rule={rule} askCurrent />
        <div class="actions">
          <button type="submit">変更</button>
        </div>
      </form>
    </StaffLayout>
  );
}

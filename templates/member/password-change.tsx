// パスワード変更 (manual 2.2): shown first when the password is initial, reset or 90 days old.
import type { FieldErrors } from '../../domain/forms/parse-form';
import type { PasswordChangeField } from '../../domain/forms/password-change';
import type { MemberAuth } from '../../server/deps';
import { Done, FormError } from '../components/notice';
import { PasswordFields } from '../components/password-fields';
import { MemberLayout } from './member-layout';

export interface PasswordChangePageProps {
  auth: MemberAuth;
  errors: FieldErrors<PasswordChangeField>;
  rule: string;
  /** Why the screen came first, when it was forced. */
  reason?: string;
  done?: string;
}

export function PasswordChangePage({ auth, errors, rule, reason, done }: PasswordChangePageProps) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <MemberLayout title="パスワード変更" auth={auth} showMenu={!reason}>
      <h1>パスワード変更</h1>
      <Done message={done} />
      {reason ? <p class="panel" role="status">{reason}</p> : null}
      <form hx-boost="true" method="post" action="/member/password" novalidate>
        <FormError message={hasErrors ? '入力内容に誤りがあります。各項目のメッセージをご確認ください。' : undefined} />
        <PasswordFields errors={errors} rule={rule} askCurrent />
        <div class="actions">
          {reason ? null : <a class="button secondary" href="/member/profile">戻る</a>}
          <button type="submit">変更</button>
        </div>
      </form>
    </MemberLayout>
  );
}

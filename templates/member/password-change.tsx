// パスワード変更 (manual 2.2): shown first when the password is initial, reset or 90 days old.
import type { FieldErrors } from '../../domain/forms/parse-form';
import type { PasswordChangeField } from '../../domain/forms/password-change';
import type { MemberAuth } from '../../server/deps';
import { Done } from '../components/notice';
import { PasswordFields } from '../components/password-fields';
import { MemberLayout } from './member-layout';
import { ErrorSummary } from '../components/error-summary';

export interface PasswordChangePageProps {
  auth: MemberAuth;
  errors: FieldErrors<PasswordChangeField>;
  rule: string;
  /** Why the screen came first, when it was forced. */
  reason?: string;
  done?: string;
}

export function PasswordChangePage({ auth, errors, rule, reason, done }: PasswordChangePageProps) {
  return (
    <MemberLayout title="パスワード変更" auth={auth} showMenu={!reason}>
      <h1>パスワード変更</h1>
      <Done message={done} />
      {reason ? <p class="panel" role="status">{reason}</p> : null}
      <form hx-boost="true" method="post" action="/member/password" novalidate>
        <ErrorSummary errors={errors} />
        <PasswordFields errors={errors} rule={rule} askCurrent />
        <div class="actions">
          {reason ? null : <a class="button secondary" href="/member/profile">戻る</a>}
          <button type="submit">変更</button>
        </div>
      </form>
    </MemberLayout>
  );
}

// ユーザ情報詳細 (第3章): 変更, 削除 (after a confirmation) and パスワード初期化 of a 担当者.
// 管理者 are shown only (they change through 会員情報変更); the other 管理者's password can be
// reset here, one's own is changed at パスワード変更.
import type { User } from '../../../db/models/user';
import type { FieldErrors } from '../../../domain/forms/parse-form';
import type { UserField } from '../../../domain/forms/user';
import type { MemberAuth } from '../../../server/deps';
import { Done, FormError } from '../../components/notice';
import { UserSummaryRows } from '../../components/user-summary-rows';
import { MemberLayout } from '../member-layout';
import { UserFormFields, type UserFormValues } from './user-form-fields';
import { ErrorSummary } from '../../components/error-summary';

/** Its button sits in the row of the other buttons (manual order), owned through form="…". */
const RESET_FORM_ID = 'password-reset-form';

export function userFormValues(user: User): UserFormValues {
  return {
    duties: user.duties.join(','),
    department: user.department,
    lastName: user.lastName,
    firstName: user.firstName,
    lastNameKana: user.lastNameKana,
    firstNameKana: user.firstNameKana,
    email: user.email,
    emailConfirmation: user.email,
    phone: user.phone,
    note: user.note,
  };
}

function AdministratorSummary({ user }: { user: User }) {
  return (
    <dl class="summary">
      <dt>事業者コード</dt><dd>{user.businessCode}</dd>
      <dt>ユーザID</dt><dd>{user.userId}</dd>
      <dt>区分</dt><dd>{`管理者${user.adminSlot === 2 ? '②' : '①'}`}</dd>
      <UserSummaryRows user={user} />
    </dl>
  );
}

function PasswordResetForm({ action, requestId }: { action: string; requestId: string }) {
  return (
    <form id={RESET_FORM_ID} hx-boost="true" method="post" action={action}>
      <input type="hidden" name="requestId" value={requestId} />
    </form>
  );
}

function ResetButton() {
  return <button type="submit" form={RESET_FORM_ID}>パスワード初期化</button>;
}

export interface UserDetailPageProps {
  auth: MemberAuth;
  user: User;
  /** With `basis`, what the form was shown with (sent back, a change made meanwhile is not undone). */
  values: UserFormValues & { basis?: string };
  errors: FieldErrors<UserField>;
  /** Makes a double click on パスワード初期化 send one mail. */
  resetRequestId: string;
  done?: string;
  /** A refusal that concerns the page, not a field. */
  error?: string;
}

export function UserDetailPage({ auth, user, values, errors, resetRequestId, done, error }: UserDetailPageProps) {
  const base = `/member/users/${user.userId}`;
  const own = user.id === auth.user.id;
  return (
    <MemberLayout title="ユーザ情報詳細" auth={auth} area="/member/users">
      <h1>ユーザ情報詳細</h1>
      <Done message={done} />
      <FormError message={error} />
      {user.role !== 'administrator' ? (
        <p>◆ユーザー情報の変更・削除はこちらからできます。</p>
      ) : own ? (
        <p>◆ご自身のパスワードは「<a href="/member/password">パスワード変更</a>」から変更してください。</p>
      ) : (
        <p>◆管理者のパスワード初期化はこちらからできます。</p>
      )}
      <p>◆管理者の変更をする場合は「会員情報変更」から申請してください。</p>
      <h2>●ユーザ情報</h2>
      {user.role === 'administrator' ? (
        <>
          <AdministratorSummary user={user} />
          <div class="actions">
            <a class="button secondary" href="/member/users">戻る</a>
            {own ? null : <ResetButton />}
          </div>
        </>
      ) : (
        <form hx-boost="true" method="post" action={base} novalidate>
          <ErrorSummary errors={errors} />
          {values.basis ? <input type="hidden" name="basis" value={values.basis} /> : null}
          <UserFormFields businessCode={auth.member.businessCode} values={values} errors={errors} fixedUserId={user.userId} />
          <div class="actions">
            <a class="button secondary" href="/member/users">戻る</a>
            <a class="button danger" href={`${base}/delete`}>削除</a>
            <ResetButton />
            <button type="submit">変更</button>
          </div>
        </form>
      )}
      {own ? null : <PasswordResetForm action={`${base}/password-reset`} requestId={resetRequestId} />}
    </MemberLayout>
  );
}

export function UserDeletePage({ auth, user }: { auth: MemberAuth; user: User }) {
  const base = `/member/users/${user.userId}`;
  return (
    <MemberLayout title="ユーザ情報詳細" auth={auth} area="/member/users">
      <h1>ユーザ情報詳細</h1>
      <p role="alert">{`ユーザID ${user.userId}（${user.lastName} ${user.firstName}）を削除してよろしいですか。削除したユーザはログインできなくなります。`}</p>
      <form hx-boost="true" method="post" action={`${base}/delete`} class="actions">
        <a class="button secondary" href={base}>戻る</a>
        <button type="submit" class="button danger">削除</button>
      </form>
    </MemberLayout>
  );
}

// ユーザ情報登録 (第3章): a new 担当者; the password is mailed to the address entered.
import type { FieldErrors } from '../../../domain/forms/parse-form';
import type { NewUserField } from '../../../domain/forms/user';
import type { MemberAuth } from '../../../server/deps';
import { MemberLayout } from '../member-layout';
import { UserFormFields, type UserFormValues } from './user-form-fields';
import { ErrorSummary } from '../../components/error-summary';

export interface UserNewPageProps {
  auth: MemberAuth;
  /** Names this form: sent twice, it registers one user (see registeredByForm). */
  requestId: string;
  values: UserFormValues;
  errors: FieldErrors<NewUserField>;
  error?: string;
}

export function UserNewPage({ auth, requestId, values, errors, error }: UserNewPageProps) {
  return (
    <MemberLayout title="ユーザ情報登録" auth={auth} area="/member/users">
      <h1>ユーザ情報登録</h1>
      <p>◆新規ユーザーはこちらから登録できます。</p>
      <p>◆管理者を追加する場合は「会員情報変更」から申請してください。</p>
      <form hx-boost="true" method="post" action="/member/users" novalidate>
        <ErrorSummary errors={errors} message={error} />
        <input type="hidden" name="requestId" value={requestId} />
        <h2>●ユーザ情報</h2>
        <UserFormFields businessCode={auth.member.businessCode} values={values} errors={errors} />
        <div class="actions">
          <a class="button secondary" href="/member/users">戻る</a>
          <button type="submit">新規登録</button>
        </div>
      </form>
    </MemberLayout>
  );
}

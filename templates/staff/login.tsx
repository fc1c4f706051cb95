// ログイン of the staff console (本機関 only).
import type { StaffLoginField } from '../../domain/forms/login';
import type { FieldErrors } from '../../domain/forms/parse-form';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Done } from '../components/notice';
import { Layout } from '../layout';

export interface StaffLoginPageProps {
  values: Partial<Record<StaffLoginField, string>>;
  errors: FieldErrors<StaffLoginField>;
  error?: string;
  notice?: string;
}

export function StaffLoginPage({ values, errors, error, notice }: StaffLoginPageProps) {
  // The cursor starts in ログインID, unless a refusal's summary or a notice takes the focus.
  const startHere = !(error || notice || Object.values(errors).some(Boolean));
  return (
    <Layout title="ログイン（本機関）" home="/staff">
      <h1>ログイン（本機関）</h1>
      <Done message={notice} />
      <p>本機関職員用の管理画面です。ログインIDとパスワードを入力し、「ログイン」ボタンをクリックしてください。</p>
      <form hx-boost="true" method="post" action="/staff/login" novalidate>
        <ErrorSummary errors={errors} message={error} />
        <Field autofocus={startHere} name="loginId" label="ログインID" required width="半角" value={values.loginId} error={errors.loginId} maxlength={32} autocomplete="username" />
        <Field name="password" label="パスワード" type="password" required width="半角" error={errors.password} autocomplete="current-password" />
        <div class="actions">
          <button type="submit">ログイン</button>
        </div>
      </form>
      <p class="hint">パスワードを忘れた場合は、システム管理者にパスワードの初期化を依頼してください。</p>
    </Layout>
  );
}

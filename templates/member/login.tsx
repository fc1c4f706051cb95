// ログイン (manual 2.2): 事業者コード, ユーザID, パスワード and the way to reset a forgotten password.
// It is also the system's top page (the manual's members open the system's address and log in);
// businesses not yet members find the way to 加入申請リンク確認 below it.
import type { MemberLoginField } from '../../domain/forms/login';
import type { FieldErrors } from '../../domain/forms/parse-form';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Done } from '../components/notice';
import { Layout } from '../layout';

export interface LoginPageProps {
  values: Partial<Record<MemberLoginField, string>>;
  errors: FieldErrors<MemberLoginField>;
  /** A message for the whole form: wrong combination, membership ended. */
  error?: string;
  notice?: string;
}

export function LoginPage({ values, errors, error, notice }: LoginPageProps) {
  // The cursor starts in 事業者コード, unless a refusal's summary or a notice takes the focus.
  const startHere = !(error || notice || Object.values(errors).some(Boolean));
  return (
    <Layout title="ログイン">
      <h1>ログイン</h1>
      <Done message={notice} />
      <p>事業者コード、ユーザID、パスワードを入力し、「ログイン」ボタンをクリックしてください。</p>
      <form hx-boost="true" method="post" action="/login" novalidate>
        <ErrorSummary errors={errors} message={error} />
        <Field autofocus={startHere} name="businessCode" label="事業者コード" required width="半角" value={values.businessCode} error={errors.businessCode} hint="※本機関から連絡を受けた4桁の事業者コード" maxlength={4} autocomplete="organization" />
        <Field name="userId" label="ユーザID" required width="半角" value={values.userId} error={errors.userId} hint="※6桁の英数字" maxlength={6} autocomplete="username" />
        <Field name="password" label="パスワード" type="password" required width="半角" error={errors.password} autocomplete="current-password" />
        <div class="actions">
          <button type="submit">ログイン</button>
        </div>
      </form>
      <p class="forgot"><a href="/password/forgot">ID／パスワードを忘れた方はこちら</a></p>
      <section class="panel">
        <h2>会員に関する情報</h2>
        <p>これから本機関へ加入される事業者の方は、こちらから加入手続きを開始してください。</p>
        <p><a class="button" href="/join/link">加入申請リンク確認</a></p>
      </section>
    </Layout>
  );
}

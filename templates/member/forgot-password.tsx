// 「ID／パスワードを忘れた方はこちら」 (manual 2.2): ask for a link to set a new password, the
// neutral answer, and the page behind the link.
import type { ForgotPasswordField } from '../../domain/forms/forgot-password';
import type { FieldErrors } from '../../domain/forms/parse-form';
import type { PasswordChangeField } from '../../domain/forms/password-change';
import { Field } from '../components/field';
import { PasswordFields } from '../components/password-fields';
import { Layout } from '../layout';
import { ErrorSummary } from '../components/error-summary';

export interface ForgotPasswordPageProps {
  values: Partial<Record<ForgotPasswordField, string>>;
  errors: FieldErrors<ForgotPasswordField>;
}

export function ForgotPasswordPage({ values, errors }: ForgotPasswordPageProps) {
  return (
    <Layout title="パスワード初期化">
      <h1>パスワード初期化</h1>
      <p>事業者コード、ユーザID、ご登録のメールアドレスを入力し、「送信」ボタンをクリックしてください。ご登録のメールアドレスに、ユーザIDと新しいパスワードを設定するためのURLをお送りします。</p>
      <p class="hint">ユーザIDがご不明な場合は、空欄のまま送信してください。そのメールアドレスでご登録のユーザIDをお知らせします。</p>
      <form hx-boost="true" method="post" action="/password/forgot" novalidate>
        <ErrorSummary errors={errors} />
        <input type="hidden" name="requestId" value={values.requestId ?? ''} />
        <Field name="businessCode" label="事業者コード" required width="半角" value={values.businessCode} error={errors.businessCode} maxlength={4} />
        <Field name="userId" label="ユーザID" width="半角" value={values.userId} error={errors.userId} maxlength={6} hint="※ご不明な場合は空欄" />
        <Field name="email" label="メールアドレス" type="email" required width="半角" value={values.email} error={errors.email} hint="※ご登録のメールアドレスを入力してください" autocomplete="email" />
        <div class="actions">
          <a class="button secondary" href="/login">戻る</a>
          <button type="submit">送信</button>
        </div>
      </form>
    </Layout>
  );
}

export function ForgotPasswordSentPage() {
  return (
    <Layout title="パスワード初期化">
      <h1>パスワード初期化</h1>
      <p class="panel" role="status">
        入力された内容がご登録の情報と一致する場合は、ご登録のメールアドレスにユーザIDと新しいパスワードを設定するためのURLをお送りしました。メールをご確認ください。
      </p>
      <p>メールが届かない場合は、入力内容をご確認のうえ、もう一度お試しいただくか、貴社の管理者にお問い合わせください。</p>
      <p><a href="/login">ログイン画面へ戻る</a></p>
    </Layout>
  );
}

export function ResetLinkInvalidPage({ expired }: { expired: boolean }) {
  return (
    <Layout title="パスワード初期化">
      <h1>パスワード初期化</h1>
      <p role="alert">
        {expired
          ? 'このURLの有効期限が切れています。お手数ですが、もう一度「ID／パスワードを忘れた方はこちら」から手続きを行ってください。'
          : 'このURLは無効です（すでに使用されたか、正しくありません）。もう一度「ID／パスワードを忘れた方はこちら」から手続きを行ってください。'}
      </p>
      <p><a href="/password/forgot">ID／パスワードを忘れた方はこちら</a></p>
    </Layout>
  );
}

export interface ResetPasswordPageProps {
  token: string;
  errors: FieldErrors<PasswordChangeField>;
  rule: string;
}

export function ResetPasswordPage({ token, errors, rule }: ResetPasswordPageProps) {
  return (
    <Layout title="パスワード初期化">
      <h1>パスワード初期化</h1>
      <p>新しいパスワードを入力し、「変更」ボタンをクリックしてください。</p>
      <form hx-boost="true" method="post" action={`/password/reset/${token}`} novalidate>
        <ErrorSummary errors={errors} />
        <PasswordFields errors={errors} rule={rule} askCurrent={false} />
        <div class="actions">
          <button type="submit">変更</button>
        </div>
      </form>
    </Layout>
  );
}

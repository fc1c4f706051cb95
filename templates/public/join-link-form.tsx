// 加入申請リンク確認 (manual 1.2): the form, shown again with messages beside the fields on error.
import type { FieldErrors } from '../../domain/forms/parse-form';
import type { JoinLinkField } from '../../domain/forms/join-link-request';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { JoinSteps } from '../components/join-steps';
import { Layout } from '../layout';

export interface JoinLinkFormProps {
  values: Partial<Record<JoinLinkField, string>>;
  errors: FieldErrors<JoinLinkField>;
  /** A message for the whole form (e.g. the system is busy). */
  notice?: string;
}

/** The instruction sits inside the form, so the htmx answer that replaces the form replaces it too. */
export function JoinLinkForm({ values, errors, notice }: JoinLinkFormProps) {
  return (
    <form id="join-link-form" method="post" action="/join/link" hx-post="/join/link" hx-target="this" hx-swap="outerHTML" novalidate>
      <p>必要事項を入力し、「リンク確認」ボタンをクリックしてください。入力されたメールアドレスに、以降の手続き方法を記載したメールをお送りします。</p>
      <ErrorSummary errors={errors} message={notice} />
      <input type="hidden" name="applicationId" value={values.applicationId ?? ''} />
      {errors.applicationId ? <p class="error" id="field-applicationId-error" role="alert">{errors.applicationId}</p> : null}
      <Field name="companyName" label="会社名" required width="全角" value={values.companyName} error={errors.companyName} hint="※正式名称" maxlength={100} autocomplete="organization" />
      <Field name="contactName" label="ご担当者氏名" required width="全角" value={values.contactName} error={errors.contactName} maxlength={50} autocomplete="name" />
      <Field name="email" label="メールアドレス" type="email" required width="半角" value={values.email} error={errors.email} hint="※有効なメールアドレスを入力してください" autocomplete="email" />
      <Field name="emailConfirmation" label="メールアドレス (確認用)" type="email" required width="半角" value={values.emailConfirmation} error={errors.emailConfirmation} hint="※上記と同じメールアドレスを入力してください" autocomplete="email" />
      <div class="actions">
        <a class="button secondary" href="/">戻る</a>
        <button type="submit">リンク確認</button>
      </div>
    </form>
  );
}

export function JoinLinkPage(props: JoinLinkFormProps) {
  return (
    <Layout title="加入申請リンク確認">
      <JoinSteps current="リンク確認" />
      <h1>加入申請リンク確認</h1>
      <JoinLinkForm {...props} />
    </Layout>
  );
}

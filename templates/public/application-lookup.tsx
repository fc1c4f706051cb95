// 加入申請受付番号 + 管理者①メールアドレス: the first step of 加入(本)申請 (再表示) and of the status page.
import { Field } from '../components/field';

export interface LookupFormProps {
  action: string;
  button: string;
  values: { receiptNumber?: string | undefined; lookupEmail?: string | undefined };
  errors: { receiptNumber?: string | undefined; lookupEmail?: string | undefined };
  notice?: string | undefined;
}

export function LookupForm({ action, button, values, errors, notice }: LookupFormProps) {
  return (
    <form hx-boost="true" id="lookup-form" method="post" action={action} novalidate>
      {notice ? <p class="form-error" role="alert">{notice}</p> : null}
      <Field name="receiptNumber" label="加入申請受付番号" required width="半角" value={values.receiptNumber} error={errors.receiptNumber} hint="※メールに記載された番号（例: J-7K3M-9Q2P）" />
      <Field name="lookupEmail" label="管理者①メールアドレス" type="email" required width="半角" value={values.lookupEmail} error={errors.lookupEmail} hint="※加入(仮)申請で入力した管理者①のメールアドレス" autocomplete="email" />
      <div class="actions">
        <a class="button secondary" href="/">戻る</a>
        <button type="submit">{button}</button>
      </div>
    </form>
  );
}

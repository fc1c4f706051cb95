// 加入(仮)申請 (manual 1.3), reached from the link mail: the company and 管理者 fields, 仮申請, and
// the 加入申請受付番号 once it is received. The same form corrects the data until the code comes.
import type { FormErrors, FormValues } from '../../domain/forms/application';
import { JoinSteps } from '../components/join-steps';
import { Layout } from '../layout';
import { ApplicationFields } from './application-fields';

export interface ProvisionalFormProps {
  /** The form's own URL (with the link's token). */
  action: string;
  values: FormValues;
  errors: FormErrors;
  /** A message for the whole form (a refusal by the application's current state). */
  notice?: string | undefined;
}

export function ProvisionalApplicationForm({ action, values, errors, notice }: ProvisionalFormProps) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form id="provisional-form" method="post" action={action} hx-post={action} hx-target="this" hx-swap="outerHTML" novalidate>
      {hasErrors ? <p class="form-error" role="alert">入力内容に誤りがあります。各項目のメッセージをご確認ください。</p> : null}
      {notice ? <p class="form-error" role="alert">{notice}</p> : null}
      <input type="hidden" name="submissionId" value={typeof values.submissionId === 'string' ? values.submissionId : ''} />
      {errors.submissionId ? <p class="error" role="alert">{errors.submissionId}</p> : null}
      <ApplicationFields values={values} errors={errors} />
      <div class="actions">
        <a class="button secondary" href="/">戻る</a>
        <button type="submit">仮申請</button>
      </div>
    </form>
  );
}

export interface ProvisionalApplicationPageProps extends ProvisionalFormProps {
  /** Already received: the applicant is correcting the data while the 事業者コード is awaited. */
  receiptNumber?: string | null | undefined;
}

export function ProvisionalApplicationPage(props: ProvisionalApplicationPageProps) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      {props.receiptNumber ? (
        <p class="panel">
          加入(仮)申請は受付済みです（加入申請受付番号 {props.receiptNumber}）。事業者コードの発行までは、内容を修正して再度「仮申請」できます。
        </p>
      ) : (
        <p>必要事項を入力し、「仮申請」ボタンをクリックしてください。管理者①のメールアドレスに加入申請受付番号をお送りします。</p>
      )}
      <ProvisionalApplicationForm {...props} />
    </Layout>
  );
}

export function ProvisionalReceivedMessage({ receiptNumber, statusUrl }: { receiptNumber: string; statusUrl: string }) {
  return (
    <section id="provisional-received" class="panel" role="status">
      <h2>加入(仮)申請を受け付けました</h2>
      <p>
        加入申請受付番号: <strong class="receipt-number">{receiptNumber}</strong>
      </p>
      <p>管理者①のメールアドレスに、加入申請受付番号と加入(本)申請のURLをお送りしました。</p>
      <p>経済産業省様へ必要資料の提出を行ってください。経済産業省様より事業者認可・届出受理の連絡がございましたら、本機関に事業者マスタ申請を行ってください。本機関から事業者コードをご連絡します。</p>
      <p><a href={statusUrl}>申請状況の確認</a></p>
    </section>
  );
}

export function ProvisionalReceivedPage(props: { receiptNumber: string; statusUrl: string }) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      <ProvisionalReceivedMessage {...props} />
    </Layout>
  );
}

/** The link of an application that has moved on (code issued, or closed). */
export function ProvisionalClosedPage({ statusUrl }: { statusUrl: string | undefined }) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      <p class="form-error" role="alert">この申請は加入(仮)申請を受け付ける段階を過ぎています。事業者コードが発行された後は「加入(本)申請」から内容を更新してください。</p>
      <p>
        <a class="button" href="/join/final">加入(本)申請</a>
        {statusUrl ? <> <a class="button secondary" href={statusUrl}>申請状況の確認</a></> : null}
      </p>
    </Layout>
  );
}

/** A link that is unknown, forged or past its expiry: one neutral page with the way forward. */
export function JoinLinkInvalidPage({ expired }: { expired: boolean }) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      <p class="form-error" role="alert">
        {expired
          ? 'このリンクの有効期限が切れています。お手数ですが、もう一度「加入申請リンク確認」から手続きを行ってください。'
          : 'このリンクは無効です。メールに記載されたURLをご確認いただくか、もう一度「加入申請リンク確認」から手続きを行ってください。'}
      </p>
      <p><a class="button" href="/join/link">加入申請リンク確認</a></p>
    </Layout>
  );
}

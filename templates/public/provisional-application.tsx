// 加入(仮)申請 (manual 1.3), reached from the link mail: the company and 管理者 fields, 仮申請, and
// the 加入申請受付番号 once it is received. The same form corrects the data until the code comes.
import { closureOf, type ApplicationStatus } from '../../domain/application-status';
import type { FormErrors, FormValues } from '../../domain/forms/application';
import { ErrorSummary } from '../components/error-summary';
import { JoinSteps } from '../components/join-steps';
import { Layout } from '../layout';
import { ApplicationFields } from './application-fields';
import { ClosedApplication } from './application-closed';

export interface ProvisionalFormProps {
  /** The form's own URL (with the link's token). */
  action: string;
  values: FormValues;
  errors: FormErrors;
  /** A message for the whole form (a refusal by the application's current state). */
  notice?: string | undefined;
  /** Already received: the applicant is correcting the data while the 事業者コード is awaited. */
  receiptNumber?: string | null | undefined;
}

/** The instruction sits inside the form, so the htmx answer that replaces the form replaces it too. */
export function ProvisionalApplicationForm({ action, values, errors, notice, receiptNumber }: ProvisionalFormProps) {
  return (
    <form id="provisional-form" method="post" action={action} hx-post={action} hx-target="this" hx-swap="outerHTML" novalidate>
      {receiptNumber ? (
        <p class="panel">
          加入(仮)申請は受付済みです（加入申請受付番号 {receiptNumber}）。事業者コードの発行までは、内容を修正して再度「仮申請」できます。
        </p>
      ) : (
        <p>必要事項を入力し、「仮申請」ボタンをクリックしてください。管理者①のメールアドレスに加入申請受付番号をお送りします。</p>
      )}
      <ErrorSummary errors={errors} message={notice} />
      <input type="hidden" name="submissionId" value={typeof values.submissionId === 'string' ? values.submissionId : ''} />
      {errors.submissionId ? <p class="error" id="field-submissionId-error" role="alert">{errors.submissionId}</p> : null}
      <ApplicationFields values={values} errors={errors} />
      <div class="actions">
        <a class="button secondary" href="/">戻る</a>
        <button type="submit">仮申請</button>
      </div>
    </form>
  );
}

export function ProvisionalApplicationPage(props: ProvisionalFormProps) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
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

export interface ProvisionalClosedPageProps {
  status: ApplicationStatus;
  businessCode: string | null;
  statusUrl: string | undefined;
}

/**
 * The link of an application that has moved on: with the 事業者コード issued, 本申請 takes the
 * changes; once approved or ended, the way that is left (ログイン, or リンク確認 again).
 */
export function ProvisionalClosedPage({ status, businessCode, statusUrl }: ProvisionalClosedPageProps) {
  const closure = closureOf({ status, businessCode });
  const statusLink = statusUrl ? <p><a href={statusUrl}>申請状況の確認</a></p> : null;
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      {closure ? (
        <div class="panel" role="alert">
          <ClosedApplication status={status} closure={closure} />
        </div>
      ) : (
        <>
          <p class="form-error" role="alert">事業者コードが発行されたため、加入(仮)申請の内容は変更できません。内容の更新は「加入(本)申請」から行ってください。</p>
          <p><a class="button" href="/join/final">加入(本)申請</a></p>
        </>
      )}
      {statusLink}
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

// 加入(本)申請 (manual 1.4): 受付番号 + 管理者①メールアドレス and 再表示, then the quoted data with
// the 事業者コード and the three consents, and 本申請. Also the page to resubmit after 保留 / 却下.
import type { ApplicationClosure, ApplicationStatus } from '../../domain/application-status';
import type { FormErrors, FormValues } from '../../domain/forms/application';
import { CONSENTS } from '../../domain/forms/final-application';
import { Consent } from '../components/choice-group';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { JoinSteps } from '../components/join-steps';
import { Layout } from '../layout';
import { ClosedApplication } from './application-closed';
import { DecisionNotice, type Decision } from '../components/decision-notice';
import { ApplicationFields } from './application-fields';
import { LookupForm, type LookupFormProps } from './application-lookup';

const TITLE = '電力広域的運営推進機関 加入(本)申請';

export interface FinalLookupPageProps extends Omit<LookupFormProps, 'action' | 'button'> {
  /** The application looked up is approved or has ended: what is left instead of 本申請. */
  closed?: { status: ApplicationStatus; closure: ApplicationClosure } | undefined;
}

export function FinalLookupPage({ closed, ...props }: FinalLookupPageProps) {
  return (
    <Layout title="加入(本)申請">
      <JoinSteps current="本申請" />
      <h1>{TITLE}</h1>
      {closed ? (
        <div class="panel" role="alert">
          <ClosedApplication {...closed} />
        </div>
      ) : (
        <>
          <p>メールに記載された「加入申請受付番号」と、加入仮申請で入力した「管理者①メールアドレス」を入力し、「再表示」ボタンをクリックしてください。</p>
          <LookupForm {...props} action="/join/final/redisplay" button="再表示" />
        </>
      )}
    </Layout>
  );
}

export interface FinalFormProps {
  values: FormValues;
  errors: FormErrors;
  notice?: string | undefined;
  /** After 保留 / 却下: the latest decision's reason, shown above the form. */
  decision?: Decision | undefined;
  /** Whose data the form was filled with: 仮申請's at the first 本申請, else the last 本申請's. */
  quoted: 'provisional' | 'final';
  /** The application's signed status link, where 関連資料 are submitted. */
  statusUrl: string;
}

const QUOTED_NOTICES: Record<FinalFormProps['quoted'], string> = {
  // The manual's words (1.4).
  provisional: '仮申請時のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。',
  final: '前回の本申請のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。',
};

function text(values: FormValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function FinalApplicationForm({ values, errors, notice, decision, quoted, statusUrl }: FinalFormProps) {
  return (
    <form id="final-form" method="post" action="/join/final" hx-post="/join/final" hx-target="this" hx-swap="outerHTML" novalidate>
      <p class="notice" role="status">{QUOTED_NOTICES[quoted]}</p>
      <DecisionNotice decision={decision} again="「本申請」を行って" />
      {/* A 保留 or 却下 often asks for documents, and only the status page takes them. */}
      {decision ? (
        <p>
          本機関から関連資料の提出をお願いしている場合は、「<a href={statusUrl}>加入申請状況の確認</a>」画面の「関連資料の提出」から提出してください。
        </p>
      ) : null}
      <ErrorSummary errors={errors} message={notice} />
      <input type="hidden" name="receiptNumber" value={text(values, 'receiptNumber') ?? ''} />
      <input type="hidden" name="lookupEmail" value={text(values, 'lookupEmail') ?? ''} />
      <input type="hidden" name="submissionId" value={text(values, 'submissionId') ?? ''} />
      {errors.submissionId ? <p class="error" id="field-submissionId-error" role="alert">{errors.submissionId}</p> : null}
      <dl class="summary">
        <dt>加入申請受付番号</dt>
        <dd>{text(values, 'receiptNumber')}</dd>
      </dl>
      <section class="form-section">
        <p>◆ 当機関が作成した4桁の事業者コードを入力してください。</p>
        <Field name="businessCode" label="事業者コード" required width="半角" value={text(values, 'businessCode')} error={errors.businessCode} maxlength={4} />
      </section>
      <p>◆ 内容をご確認の上、本申請を行ってください。</p>
      <ApplicationFields values={values} errors={errors} />
      <section class="form-section">
        <h2>◆ 以下の3つの規約にご同意ください。</h2>
        {CONSENTS.map((c) => (
          <Consent name={c.name} label={c.label} checked={text(values, c.name) === 'yes'} error={errors[c.name]} />
        ))}
      </section>
      <p class="hint">◆ 小売電気事業者と登録特定送配電事業者の方は、還元額が発生した場合に返還する銀行口座を会員情報管理の容量市場口座情報等画面から登録して下さい。</p>
      <div class="actions">
        <a class="button secondary" href="/join/final">戻る</a>
        <button type="submit">本申請</button>
      </div>
    </form>
  );
}

export function FinalApplicationPage(props: FinalFormProps) {
  return (
    <Layout title="加入(本)申請">
      <JoinSteps current="本申請" />
      <h1>{TITLE}</h1>
      <FinalApplicationForm {...props} />
    </Layout>
  );
}

export function FinalReceivedMessage({ statusUrl }: { statusUrl: string }) {
  return (
    <section id="final-received" class="panel" role="status">
      <h2>加入(本)申請を受け付けました</h2>
      <p>本機関にて内容を確認します。「承認」の連絡（システムからのメール送信）をお待ちください。</p>
      <p>「保留」「却下」となった場合は、その理由をメールでお知らせします。理由に応じて申請内容を更新し、再度「本申請」を行ってください。</p>
      <p>
        申請の状況は「<a href={statusUrl}>加入申請状況の確認</a>」画面でご確認いただけます。本機関から関連資料の提出をお願いした場合は、同じ画面の「関連資料の提出」から提出してください。
      </p>
    </section>
  );
}

export function FinalReceivedPage(props: { statusUrl: string }) {
  return (
    <Layout title="加入(本)申請">
      <JoinSteps current="本申請" />
      <h1>{TITLE}</h1>
      <FinalReceivedMessage {...props} />
    </Layout>
  );
}

// 会員情報変更申請 (第5章), prefilled with the current data, with the manual's notes and 変更; on the
// same screen 承継・脱退に関する申請 (第6章, 第7章), whose confirmation pages are ending-confirmation.
// Also the form to correct a request after 保留/却下.
import type { FormErrors, FormValues } from '../../../domain/forms/application';
import type { MemberAuth } from '../../../server/deps';
import { ErrorSummary } from '../../components/error-summary';
import { Field } from '../../components/field';
import { ApplicationFields } from '../../public/application-fields';
import { MemberLayout } from '../member-layout';
import { DecisionNotice, type Decision } from '../../components/decision-notice';

/** The id of the 承継・脱退 section's heading: the fragment that brings a page back to the section. */
const ENDING_HEADING = 'ending-heading';

/**
 * 会員情報変更申請 at its 承継・脱退 section, with the successor typed (when given) in its fields: where
 * the confirmations' 戻る, and their addresses opened again, lead. A plain link, so it works without
 * JavaScript.
 */
export function endingSectionAddress(typed?: Record<'successorCode' | 'successorName', string>): string {
  return `/member/changes/new${typed ? `?${new URLSearchParams(typed)}` : ''}#${ENDING_HEADING}`;
}

export interface EndingFormProps {
  requestId: string;
  values: Partial<Record<'successorCode' | 'successorName', string>>;
  errors: Partial<Record<'successorCode' | 'successorName' | 'requestId', string>>;
  /** A refusal of the 承継/脱退 itself (an open request …), shown in this section. */
  error?: string | undefined;
  /** The open request that blocks 承継/脱退: linked instead of offering them. */
  openRequestId?: string | undefined;
}

/** Says that a reviewed request is open (what it blocks: `blocked`), with the way to it. */
function OpenRequestNotice({ requestId, blocked }: { requestId: string; blocked: string }) {
  return (
    <p class="panel open-request" role="status">
      {`審査中（保留・却下を含む）の申請があります。${blocked}は、その申請が承認されるか取下げた後に申請できます。`}
      <a href={`/member/changes/${requestId}`}>審査中の申請を見る</a>
    </p>
  );
}

export interface ChangeFormProps {
  auth: MemberAuth;
  values: FormValues;
  errors: FormErrors;
  /** A refusal of the whole form (an open request, nothing changed …). */
  error?: string | undefined;
  /** Where 変更 posts: a new request, or the resubmission of one after 保留/却下. */
  action: string;
  /** Shown for a new request only; a resubmission corrects the request it belongs to. */
  ending?: EndingFormProps;
  /** The open request that blocks a new reviewed one, to link to. */
  openRequestId?: string | undefined;
  /** On the form correcting a request: the 保留/却下 and its reason. */
  decision?: Decision | undefined;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

export function ChangeFormPage(props: ChangeFormProps) {
  // The form's id has no field of its own: its refusal is the summary's message.
  const { requestId: expired, ...fieldErrors } = props.errors;
  return (
    <MemberLayout title="会員情報変更申請" auth={props.auth} area="/member/changes">
      <h1>会員情報変更申請</h1>
      <div class="notice">
        <p>◆ 管理者情報のみ即時更新できます。</p>
        <p>◆ その他の変更は広域調整者の承認が必要となります。</p>
      </div>
      <DecisionNotice decision={props.decision} again="申請して" />
      {props.openRequestId ? <OpenRequestNotice requestId={props.openRequestId} blocked="会社情報の変更" /> : null}
      <form hx-boost="true" method="post" action={props.action} novalidate>
        <input type="hidden" name="requestId" value={text(props.values, 'requestId')} />
        <input type="hidden" name="administratorsBasis" value={text(props.values, 'administratorsBasis')} />
        <ul class="hint">
          <li>資本関係の変更が行われた場合は、親会社の持ち株比率を記載するようにお願い致します。</li>
          <li>GK-TKスキームを用いた匿名組合出資の変更については記載不要となります。</li>
          <li>「本社所在地1カナ」「本社所在地2カナ」欄では、半角の"（ダブルクォーテーション）は使用しないでください。</li>
        </ul>
        <ErrorSummary errors={fieldErrors} message={props.error ?? expired} />
        <ApplicationFields values={props.values} errors={props.errors} />
        <div class="actions">
          <a class="button secondary" href="/member/changes">戻る</a>
          <button type="submit">変更</button>
        </div>
      </form>
      {props.ending ? <EndingForm {...props.ending} /> : null}
    </MemberLayout>
  );
}

/**
 * 承継・脱退に関する申請: 承継 with ●事業承継先情報. Both end the membership, so each button first
 * leads to a confirmation page and wears the caution colour; while another request is open neither
 * is offered.
 */
function EndingForm({ requestId, values, errors, error, openRequestId }: EndingFormProps) {
  const { requestId: expired, ...fieldErrors } = errors;
  return (
    <section class="form-section" aria-labelledby={ENDING_HEADING}>
      <h2 id={ENDING_HEADING}>承継・脱退に関する申請</h2>
      <ErrorSummary errors={fieldErrors} message={error ?? expired} />
      {openRequestId ? (
        <OpenRequestNotice requestId={openRequestId} blocked="承継・脱退" />
      ) : (
        <form hx-boost="true" method="post" action="/member/changes/ending" novalidate>
          <input type="hidden" name="requestId" value={requestId} />
          <h3>●事業承継先情報 <span class="mark required">要承認</span></h3>
          <Field name="successorCode" label="承継事業者コード" width="半角" value={values.successorCode} error={errors.successorCode} maxlength={4} hint="※承継のみ入力。4桁の事業者コード" />
          <Field name="successorName" label="承継事業者名" width="全角" value={values.successorName} error={errors.successorName} hint="※承継のみ入力" />
          <EndingCautions />
          <div class="actions">
            <button type="submit" name="action" value="withdrawal" class="button danger">脱退</button>
            <button type="submit" name="action" value="succession" formaction="/member/changes/succession-confirmation" class="button danger">承継</button>
            <a class="button secondary" href="/member/changes">戻る</a>
          </div>
        </form>
      )}
    </section>
  );
}

function EndingCautions() {
  return (
    <>
      <p class="warning" role="note">!! 「承継」「脱退」の場合、広域機関会員ではなくなるため申請の際はご注意ください</p>
      <ul class="hint">
        <li>承継・脱退が承認された場合、本システムは利用出来なくなります。</li>
        <li>承継・脱退を申請された際、別途書面のご提出をお願いすることがございます。</li>
        <li>承継する際に事業者コードをそのまま引き継ぐ場合は、承継でなく変更にて手続きください。</li>
      </ul>
    </>
  );
}

// The staff's decision panel, the same on 加入申請詳細 and 会員情報変更申請 審査: 理由 (required for
// 保留・却下 and mailed) and one button per decision, each styled by its weight so that 却下 does
// not look like 承認. A plain HTML post: the button pressed is the decision sent. The panel sits
// below what is decided on, so a refusal leads with a summary that takes the focus there.
import { DECISIONS, type Decision } from '../../domain/forms/staff-decision';
import { classSelector } from '../components/class-selector';
import { ErrorSummary } from '../components/error-summary';

const DECISION_PANEL_CLASS = 'panel decision';
/** The panel on its page (a selector), which the answer to 戻る from the confirmation shows. */
export const DECISION_PANEL = classSelector(DECISION_PANEL_CLASS);

/** Each decision's button, on the panel and on its confirmation page. */
export const DECISION_BUTTON_CLASS: Record<Decision, string | undefined> = { approve: undefined, hold: 'button secondary', reject: 'button danger' };

export interface DecisionFormProps {
  action: string;
  heading: string;
  /** The decisions the current state allows, in this order on the page. */
  decisions: readonly Decision[];
  /** Who receives the reason by mail, e.g. 申請者 */
  recipient: string;
  /** Names this page's form: pressed twice, it is one decision. */
  formId: string;
  error?: string | undefined;
  value?: string | undefined;
  /** The steps so far, oldest first: a resubmission is decided beside the 保留/却下 it answers. */
  events: readonly { kind: string; reason: string | null }[];
  /** Back from the decision's confirmation (戻る): the reason takes the focus, in view. */
  returned?: boolean | undefined;
}

const EARLIER_DECISIONS: Record<string, string> = { on_hold: '保留', rejected: '却下' };

/** The latest 保留 or 却下 with its reason, when the latest step is the resubmission that answers it. */
function answeredDecision(events: DecisionFormProps['events']): { decision: string; reason: string } | undefined {
  const latest = events.findLastIndex((e) => EARLIER_DECISIONS[e.kind] !== undefined);
  const decided = events[latest];
  if (!decided || latest !== events.length - 2) return undefined;
  return { decision: EARLIER_DECISIONS[decided.kind] as string, reason: decided.reason ?? '' };
}

export function DecisionForm({ action, heading, decisions, recipient, formId, error, value, events, returned }: DecisionFormProps) {
  const answered = answeredDecision(events);
  // 承認 needs no reason; every other decision does.
  const requiredFor = decisions.filter((d) => d !== 'approve').map((d) => DECISIONS[d]).join('・');
  const describedBy = error ? 'field-reason-hint field-reason-error' : 'field-reason-hint';
  return (
    <form hx-boost="true" method="post" action={action} class={DECISION_PANEL_CLASS} novalidate>
      <h2>{heading}</h2>
      {answered ? <p class="answered-decision">{`再申請されました。前回の${answered.decision}理由：${answered.reason}`}</p> : null}
      <ErrorSummary errors={{ reason: error }} />
      <input type="hidden" name="formId" value={formId} />
      <div class={error ? 'field has-error' : 'field'}>
        <div class="label-cell">
          <label for="field-reason">理由</label>
          <span class="mark required">{`${requiredFor}は必須`}</span>
        </div>
        <div class="control">
          <textarea id="field-reason" name="reason" rows={4} autofocus={returned} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>{value ?? ''}</textarea>
          <p class="hint" id="field-reason-hint">{`※${requiredFor}の場合は必須です。理由は${recipient}へメールで通知します。`}</p>
          {error ? <p class="error" id="field-reason-error" role="alert">{error}</p> : null}
        </div>
      </div>
      <div class="actions">
        {decisions.map((decision) => (
          <button type="submit" name="decision" value={decision} class={DECISION_BUTTON_CLASS[decision]}>{DECISIONS[decision]}</button>
        ))}
      </div>
    </form>
  );
}

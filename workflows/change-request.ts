// One workflow per reviewed request (会員情報変更, 承継, 脱退), ID change-request-<id>. Staff decide
// with updates (承認 / 保留 / 却下); after 保留 or 却下 the member corrects and resubmits, or
// withdraws (取下げ). 承認 applies the change in one transaction (an activity); an approved 承継 or
// 脱退 then tells the member's workflow, which records the end and completes. A decision answers
// once it is recorded; its mail goes out afterwards, so a slow SMTP server never holds the page.
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { ENDING_KINDS, type ChangeRequestEventKind, type ChangeRequestStatus, type ReviewedKind } from '../domain/change-request';
import {
  approveChangeRequestUpdate,
  cancelChangeRequestUpdate,
  CHANGE_REQUEST_REFUSED,
  changeDecisionNotAllowed,
  changeRequestStateQuery,
  holdChangeRequestUpdate,
  rejectChangeRequestUpdate,
  resubmitChangeRequestUpdate,
  type ChangeRequestDecision,
  type ChangeRequestResubmission,
  type ChangeRequestState,
} from './change-request-messages';
import { changeRequestDetails } from './current-details';
import { companyRenamedSignal, memberWorkflowId, membershipEndedSignal } from './member';
import { BUSINESS_CODE, COMPANY_NAME, KIND, STATUS } from './search-attributes';

export interface ChangeRequestInput {
  requestId: string;
  businessCode: string;
  kind: ReviewedKind;
  companyName: string;
  /** Who submitted it (user:<ユーザID> <氏名>). */
  submittedBy: string;
  /** The submission is recorded (event 1) with the request itself, before the workflow starts. */
  submittedAt: string;
}

const CHANGE_REQUEST_KIND = 'change-request';

// The database and the mail server come back eventually: retry with back-off, without a limit.
const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Workflow version 2: a decision's update answers once the decision is recorded and its mail waits
 * in the outbox, so an SMTP outage neither times the staff's post out nor keeps the request busy.
 * Histories written before it (no marker) sent the mail inside the update and replay that way.
 */
const DECISION_MAILS_AFTER_THE_ANSWER = 'decision-mails-after-the-answer';

/**
 * Workflow version 3: an approved 会社情報 change tells the member's workflow the new 会社名, which
 * operators search by. Histories without the marker never sent that signal.
 */
const COMPANY_NAME_TO_MEMBER = 'company-name-to-member';

function refuse(message: string): never {
  throw ApplicationFailure.create({ type: CHANGE_REQUEST_REFUSED, message, nonRetryable: true });
}

const OPEN: readonly ChangeRequestStatus[] = ['under_review', 'on_hold', 'rejected'];

export async function changeRequest(input: ChangeRequestInput): Promise<ChangeRequestState> {
  const { requestId } = input;
  const state: ChangeRequestState = { status: 'under_review', events: [{ kind: 'submitted', at: input.submittedAt }] };
  /** A step being carried out; others are refused meanwhile so steps never interleave. */
  let busy = false;
  /**
   * Decision mails not yet sent, chained so they go out in the order decided (a 承認 never arrives
   * before the 保留 it followed, whichever retry wins after an outage); awaited before the end.
   */
  let outbox: Promise<void> = Promise.resolve();
  /** Set by an approved 会社情報 change (version 3): the 会社名 the member's workflow is told. */
  let approvedCompanyName: string | undefined;

  const showDetails = () => setCurrentDetails(changeRequestDetails({ ...input, status: state.status }));
  showDetails();
  setHandler(changeRequestStateQuery, () => state);
  upsertSearchAttributes([
    { key: KIND, value: CHANGE_REQUEST_KIND },
    { key: STATUS, value: state.status },
    { key: BUSINESS_CODE, value: input.businessCode },
    { key: COMPANY_NAME, value: input.companyName },
  ]);

  function allow(statuses: readonly ChangeRequestStatus[], message: string): void {
    if (busy) refuse('ほかの操作を処理しています。しばらくしてから、もう一度お試しください。');
    if (!statuses.includes(state.status)) refuse(message);
  }

  async function exclusively(check: () => void, step: () => Promise<void>): Promise<void> {
    check();
    busy = true;
    try {
      await step();
    } finally {
      busy = false;
    }
  }

  function moveTo(kind: ChangeRequestEventKind, status: ChangeRequestStatus, at: string, reason?: string): void {
    state.events.push(reason === undefined ? { kind, at } : { kind, reason, at });
    state.status = status;
    upsertSearchAttributes([{ key: STATUS, value: status }]);
    showDetails();
  }

  async function record(kind: ChangeRequestEventKind, status: ChangeRequestStatus, actor: string, reason?: string): Promise<number> {
    const sequence = state.events.length + 1;
    const at = new Date().toISOString();
    await activities.recordChangeRequestEvent({ requestId, sequence, kind, status, actor, reason, at });
    moveTo(kind, status, at, reason);
    return sequence;
  }

  /** The mail of decision `sequence`: into the outbox, or (histories without the marker) awaited by the update. */
  async function mailDecision(sequence: number): Promise<void> {
    if (!patched(DECISION_MAILS_AFTER_THE_ANSWER)) return activities.sendChangeRequestMail({ requestId, sequence });
    outbox = outbox.then(() => activities.sendChangeRequestMail({ requestId, sequence }));
  }

  const decisionAllowed = (what: string) => (decision: ChangeRequestDecision) => {
    allow(['under_review'], changeDecisionNotAllowed(what));
    if (what !== '承認' && !decision.reason?.trim()) refuse(`${what}の理由を入力してください。`);
  };
  const approveAllowed = decisionAllowed('承認');
  setHandler(
    approveChangeRequestUpdate,
    (d) =>
      exclusively(
        () => approveAllowed(d),
        async () => {
          const sequence = state.events.length + 1;
          const at = new Date().toISOString();
          const applied = await activities.applyChangeRequest({ requestId, actor: d.staff, sequence, at });
          moveTo('approved', 'approved', at);
          await mailDecision(sequence);
          if (applied?.companyName && patched(COMPANY_NAME_TO_MEMBER)) approvedCompanyName = applied.companyName;
        },
      ),
    { validator: approveAllowed },
  );
  for (const [update, status, what] of [
    [holdChangeRequestUpdate, 'on_hold', '保留'],
    [rejectChangeRequestUpdate, 'rejected', '却下'],
  ] as const) {
    const check = decisionAllowed(what);
    setHandler(
      update,
      (d: ChangeRequestDecision) =>
        exclusively(
          () => check(d),
          async () => {
            const sequence = await record(status, status, d.staff, d.reason?.trim());
            await mailDecision(sequence);
          },
        ),
      { validator: check },
    );
  }

  const resubmitAllowed = (r: ChangeRequestResubmission) => {
    allow(['on_hold', 'rejected'], 'この申請は再申請できる状態ではありません（保留・却下となった申請のみ再申請できます）。');
    if (input.kind === 'change' && !r.requestedCompany) refuse('変更後の会社情報を入力してください。');
    if (input.kind === 'succession' && !r.successor) refuse('事業承継先情報を入力してください。');
  };
  setHandler(
    resubmitChangeRequestUpdate,
    (r) =>
      exclusively(
        () => resubmitAllowed(r),
        async () => {
          await activities.saveChangeRequestResubmission({ requestId, requestedCompany: r.requestedCompany ?? null, successor: r.successor ?? null });
          await record('resubmitted', 'under_review', r.actor);
        },
      ),
    { validator: resubmitAllowed },
  );

  const cancelAllowed = (_cancel: { actor: string }) => allow(OPEN, 'この申請は取下げできる状態ではありません。');
  setHandler(
    cancelChangeRequestUpdate,
    (cancel) =>
      exclusively(
        () => cancelAllowed(cancel),
        async () => {
          await record('cancelled', 'cancelled', cancel.actor);
        },
      ),
    { validator: cancelAllowed },
  );

  await condition(() => !OPEN.includes(state.status) && !busy);

  if (approvedCompanyName !== undefined) {
    try {
      await getExternalWorkflowHandle(memberWorkflowId(input.businessCode)).signal(companyRenamedSignal, approvedCompanyName);
    } catch {
      // A member registered outside the joining process has no workflow: its name is in the database.
    }
  }
  if (state.status === 'approved' && ENDING_KINDS.includes(input.kind)) {
    const end = { status: input.kind === 'succession' ? 'succeeded' : 'withdrawn', requestId } as const;
    try {
      await getExternalWorkflowHandle(memberWorkflowId(input.businessCode)).signal(membershipEndedSignal, end);
    } catch {
      // A member registered outside the joining process has no workflow: its end is in the database.
    }
  }
  await condition(allHandlersFinished);
  await outbox;
  return state;
}

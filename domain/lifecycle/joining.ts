// The joining process (第1章) as a picture: リンク確認 → 仮申請 → 事業者コード発行 → 本申請 → 審査
// → 承認, with the 保留・却下 loop back to 本申請. An application that ended early shows where: a
// wait that lapsed is 【終了】 at the step it waited for, and a 却下 before the 事業者コード leaves
// the process after 仮申請 with no way back.
import type { ApplicationEventKind } from '../application-event';
import type { ApplicationStatus } from '../application-status';
import { linearSteps, type Lifecycle } from './steps';

const STEPS = ['リンク確認', '仮申請', '事業者コード発行', '本申請', '審査', '承認'] as const;
const TITLE = '加入申請の流れ';
const PROVISIONAL = STEPS.indexOf('仮申請');
const BUSINESS_CODE = STEPS.indexOf('事業者コード発行');
const FINAL_SUBMISSION = STEPS.indexOf('本申請');
const REVIEW = STEPS.indexOf('審査');
const APPROVAL = STEPS.indexOf('承認');

type WaitingStatus = Exclude<ApplicationStatus, 'expired'>;

/** The step the applicant (or staff) is at, by status; an expired application by the status it expired in. */
const CURRENT_STEP: Record<WaitingStatus, number> = {
  link_sent: PROVISIONAL,
  link_expired: PROVISIONAL,
  provisional_submitted: BUSINESS_CODE,
  code_issued: FINAL_SUBMISSION,
  under_review: REVIEW,
  // In the loop: everything up to 審査 is behind, and the loop box is where the applicant is.
  on_hold: APPROVAL,
  rejected: APPROVAL,
  approved: APPROVAL,
};

type Events = readonly { kind: ApplicationEventKind }[];

/**
 * The status an expired application was waiting in: the one its last step led to. Only waits
 * expire: for the code after 仮申請, and for 本申請 after the code, a 保留 or a 却下.
 */
function expiredIn(events: Events): WaitingStatus {
  const last = events.at(-1)?.kind;
  return last === 'code_issued' || last === 'on_hold' || last === 'rejected' ? last : 'provisional_submitted';
}

/** 却下 while the code was awaited (e.g. no licence from METI): the steps after 仮申請 were never reached. */
function rejectedBeforeCode(): Lifecycle {
  const steps = linearSteps(STEPS, BUSINESS_CODE);
  steps[BUSINESS_CODE] = { label: '事業者コード発行', state: 'ahead' };
  return { title: TITLE, steps, exit: { label: '却下', state: 'ended', from: PROVISIONAL } };
}

export function joiningLifecycle(status: ApplicationStatus, events: Events): Lifecycle {
  if (status === 'rejected' && !events.some((event) => event.kind === 'code_issued')) return rejectedBeforeCode();
  const at = status === 'expired' ? expiredIn(events) : status;
  const ended = status === 'expired' || status === 'link_expired';
  const inLoop = at === 'on_hold' || at === 'rejected';
  const steps = linearSteps(STEPS, CURRENT_STEP[at]);
  if (status === 'approved' || inLoop) steps[APPROVAL] = { label: '承認', state: status === 'approved' ? 'done' : 'ahead' };
  const here = ended ? 'ended' : 'current';
  for (const step of steps) if (step.state === 'current') step.state = here;
  const visits = events.filter((event) => event.kind === 'on_hold' || event.kind === 'rejected').length;
  return {
    title: TITLE,
    steps,
    loop: { label: '保留・却下', state: inLoop ? here : visits > 0 ? 'done' : 'ahead', from: REVIEW, to: FINAL_SUBMISSION, visits },
  };
}

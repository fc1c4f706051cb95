// The joining process (第1章) as a picture: リンク確認 → 仮申請 → 事業者コード発行 → 本申請 → 審査
// → 承認, with the 保留・却下 loop back to 本申請.
import type { ApplicationEventKind } from '../application-event';
import type { ApplicationStatus } from '../application-status';
import { linearSteps, type Lifecycle } from './steps';

const STEPS = ['リンク確認', '仮申請', '事業者コード発行', '本申請', '審査', '承認'] as const;
const FINAL_SUBMISSION = STEPS.indexOf('本申請');
const REVIEW = STEPS.indexOf('審査');

/** The step the applicant (or staff) is at, by status. */
const CURRENT_STEP: Record<ApplicationStatus, number> = {
  link_sent: STEPS.indexOf('仮申請'),
  link_expired: STEPS.indexOf('仮申請'),
  provisional_submitted: STEPS.indexOf('事業者コード発行'),
  code_issued: FINAL_SUBMISSION,
  under_review: REVIEW,
  // In the loop: everything up to 審査 is behind, and the loop box is where the applicant is.
  on_hold: REVIEW + 1,
  rejected: REVIEW + 1,
  approved: STEPS.indexOf('承認'),
  expired: FINAL_SUBMISSION,
};

export function joiningLifecycle(status: ApplicationStatus, events: readonly { kind: ApplicationEventKind }[]): Lifecycle {
  const inLoop = status === 'on_hold' || status === 'rejected';
  const steps = linearSteps(STEPS, CURRENT_STEP[status]);
  if (status === 'approved' || inLoop) steps[steps.length - 1] = { label: '承認', state: status === 'approved' ? 'done' : 'ahead' };
  if (status === 'link_expired' || status === 'expired') {
    const current = steps.find((step) => step.state === 'current');
    if (current) current.state = 'ended';
  }
  const visits = events.filter((event) => event.kind === 'on_hold' || event.kind === 'rejected').length;
  return {
    title: '加入申請の流れ',
    steps,
    loop: { label: '保留・却下', state: inLoop ? 'current' : visits > 0 ? 'done' : 'ahead', from: REVIEW, to: FINAL_SUBMISSION, visits },
  };
}

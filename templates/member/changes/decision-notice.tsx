// After 保留 or 却下: the decision and its reason, on the request's page and on the form that
// corrects it (as 加入(本)申請 shows them), so the member corrects with the reason in view.
import type { ChangeRequest } from '../../../db/models/change-request';
import type { ChangeRequestEvent } from '../../../db/models/change-request-event';
import { CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';

export interface Decision {
  /** 保留 or 却下 */
  label: string;
  reason: string;
}

/** The 保留/却下 the request waits on, if it waits on one. */
export function decisionOf(request: ChangeRequest, events: ChangeRequestEvent[]): Decision | undefined {
  if (request.status !== 'on_hold' && request.status !== 'rejected') return undefined;
  const latest = events.findLast((event) => event.kind === 'on_hold' || event.kind === 'rejected');
  return latest ? { label: CHANGE_REQUEST_STATUSES[request.status], reason: latest.reason ?? '' } : undefined;
}

export function DecisionNotice({ decision }: { decision: Decision | undefined }) {
  return decision ? (
    <div class="panel decision-notice" role="alert">
      <p>{`この申請は「${decision.label}」となっています。理由に応じて申請内容を更新し、再度申請してください。`}</p>
      <p class="reason">{`${decision.label}理由: ${decision.reason}`}</p>
    </div>
  ) : null;
}

// The 保留 / 却下 a change request waits on, with its reason: shown on the request's page and on the
// form that corrects it (as 加入(本)申請 shows them), so the member corrects with the reason in view.
import type { ChangeRequest } from '../../../db/models/change-request';
import type { ChangeRequestEvent } from '../../../db/models/change-request-event';
import { CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';
import type { Decision } from '../../components/decision-notice';

/** The 保留/却下 the request waits on, if it waits on one. */
export function decisionOf(request: ChangeRequest, events: ChangeRequestEvent[]): Decision | undefined {
  if (request.status !== 'on_hold' && request.status !== 'rejected') return undefined;
  const latest = events.findLast((event) => event.kind === 'on_hold' || event.kind === 'rejected');
  return latest ? { label: CHANGE_REQUEST_STATUSES[request.status], reason: latest.reason ?? '' } : undefined;
}

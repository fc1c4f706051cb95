// The 保留 / 却下 the applicant is to answer, with its reason: shown on 加入(本)申請 above the form
// and on the status page, so the reason is read where the next step is taken.
import { APPLICATION_EVENT_KINDS, type ApplicationEventKind } from '../../domain/application-event';
import type { Decision } from '../components/decision-notice';

/** The latest event, if it is a 保留 or 却下 (a later 本申請 has answered it). */
export function latestDecision(events: readonly { kind: ApplicationEventKind; reason: string | null }[]): Decision | undefined {
  const last = events.at(-1);
  return last && (last.kind === 'on_hold' || last.kind === 'rejected') ? { label: APPLICATION_EVENT_KINDS[last.kind], reason: last.reason ?? '' } : undefined;
}

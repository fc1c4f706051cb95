// The timeline of a member: its 加入, every change of its data from the audit trail (who, what
// before and after, through which request), and every step of its requests.
import { AUDIT_ACTIONS } from '../../domain/audit-action';
import { CHANGE_REQUEST_EVENT_KINDS, CHANGE_REQUEST_KINDS } from '../../domain/change-request';
import { byTime, recordedActor, type TimelineEntry } from '../../domain/timeline';
import type { Database } from '../database';

export async function memberTimeline(db: Database, businessCode: string): Promise<TimelineEntry[]> {
  const member = await db.models.Member.findByPk(businessCode, { attributes: ['businessCode', 'joinedAt', 'applicationId'] });
  if (!member) return [];
  const [audit, requests, approval] = await Promise.all([
    db.models.MemberAuditEntry.findAll({ where: { businessCode } }),
    db.models.ChangeRequest.findAll({ where: { businessCode }, attributes: ['id', 'kind'] }),
    // Who approved the 加入申請 (staff read it; members see 本機関). None for a member made otherwise.
    member.applicationId ? db.models.MembershipApplicationEvent.findOne({ where: { applicationId: member.applicationId, kind: 'approved' }, attributes: ['actor'] }) : null,
  ]);
  const kinds = new Map(requests.map((r) => [r.id, CHANGE_REQUEST_KINDS[r.kind]]));
  const events = requests.length ? await db.models.ChangeRequestEvent.findAll({ where: { requestId: [...kinds.keys()] } }) : [];
  return byTime([
    { at: member.joinedAt, what: '加入（承認）', actor: 'staff', ...(approval ? { actorName: approval.actor } : {}) },
    ...audit.map((a): TimelineEntry => ({
      at: a.occurredAt,
      what: AUDIT_ACTIONS[a.action],
      ...recordedActor(a.actor),
      detail: a.changes.map((change) => `${change.label}: ${change.before || '（なし）'} → ${change.after || '（なし）'}`).join('、'),
    })),
    ...events.map((e): TimelineEntry => ({
      at: e.occurredAt,
      what: `${kinds.get(e.requestId) ?? ''} ${CHANGE_REQUEST_EVENT_KINDS[e.kind]}`,
      ...recordedActor(e.actor),
      ...(e.reason ? { detail: e.reason } : {}),
    })),
  ]).reverse();
}

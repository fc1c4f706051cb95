// The timeline of a member's request (会員情報変更・承継・脱退): its steps with actor and reason,
// the changes applied (from the audit trail), the mails sent about it and the 関連資料 submitted.
import { Op } from 'sequelize';
import { AUDIT_ACTIONS } from '../../domain/audit-action';
import { CHANGE_REQUEST_EVENT_KINDS } from '../../domain/change-request';
import { byTime, recordedActor, type TimelineEntry } from '../../domain/timeline';
import type { Database } from '../database';

export async function requestTimeline(db: Database, requestId: string): Promise<TimelineEntry[]> {
  const [events, audit, mails, attachments] = await Promise.all([
    db.models.ChangeRequestEvent.findAll({ where: { requestId }, order: [['sequence', 'ASC']] }),
    db.models.MemberAuditEntry.findAll({ where: { requestId } }),
    db.models.SentMail.findAll({ where: { idempotencyKey: { [Op.like]: `change-request:${requestId}:%` } }, attributes: ['subject', 'recipient', 'sentAt'] }),
    db.models.Attachment.findAll({ where: { ownerKind: 'change_request', ownerId: requestId }, attributes: ['fileName', 'createdAt'] }),
  ]);
  return byTime([
    ...events.map((e): TimelineEntry => ({ at: e.occurredAt, what: CHANGE_REQUEST_EVENT_KINDS[e.kind], ...recordedActor(e.actor), ...(e.reason ? { detail: e.reason } : {}) })),
    ...audit.map((a): TimelineEntry => ({
      at: a.occurredAt,
      what: AUDIT_ACTIONS[a.action],
      ...recordedActor(a.actor),
      detail: a.changes.map((change) => `${change.label}: ${change.before || '（なし）'} → ${change.after || '（なし）'}`).join('、'),
    })),
    ...mails.map((m): TimelineEntry => ({ at: m.sentAt, what: 'メール送信', actor: 'system', detail: `${m.subject}（${m.recipient}）` })),
    ...attachments.map((a): TimelineEntry => ({ at: a.createdAt, what: '関連資料の提出', actor: 'applicant', detail: a.fileName })),
  ]);
}

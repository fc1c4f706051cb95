// The timeline of a 加入申請: its events (with actor and reason), every mail sent about it (by
// subject) and the 関連資料 submitted, in time order. Built from the records, not the workflow, so
// it reads the same after the workflow has closed.
import { Op } from 'sequelize';
import { APPLICATION_EVENT_KINDS } from '../../domain/application-event';
import { byTime, type TimelineActor, type TimelineEntry } from '../../domain/timeline';
import type { Database } from '../database';
import type { MembershipApplication } from '../models/membership-application';
import type { MembershipApplicationEvent } from '../models/membership-application-event';

/** The application's steps in order (加入申請の履歴). */
export function applicationEvents(db: Database, applicationId: string): Promise<MembershipApplicationEvent[]> {
  return db.models.MembershipApplicationEvent.findAll({ where: { applicationId }, order: [['sequence', 'ASC']] });
}

/** The application's events in order, and its timeline; the page has the application already. */
export async function applicationTimeline(
  db: Database,
  application: Pick<MembershipApplication, 'id' | 'businessCode' | 'createdAt'>,
): Promise<{ events: MembershipApplicationEvent[]; timeline: TimelineEntry[] }> {
  const applicationId = application.id;
  const mailKeys = [{ [Op.like]: `join-%:${applicationId}%` }];
  if (application.businessCode) mailKeys.push({ [Op.like]: `initial-password:${application.businessCode}:%` });
  const [events, mails, attachments] = await Promise.all([
    applicationEvents(db, applicationId),
    db.models.SentMail.findAll({ where: { idempotencyKey: { [Op.or]: mailKeys } }, attributes: ['subject', 'recipient', 'sentAt'] }),
    db.models.Attachment.findAll({ where: { ownerKind: 'application', ownerId: applicationId }, attributes: ['fileName', 'createdAt'] }),
  ]);
  const entries: TimelineEntry[] = [
    { at: application.createdAt, what: '加入申請リンク確認', actor: 'applicant' },
    ...events.map((e): TimelineEntry => {
      const actor: TimelineActor = e.actor === 'applicant' ? 'applicant' : 'staff';
      return { at: e.occurredAt, what: APPLICATION_EVENT_KINDS[e.kind], actor, ...(actor === 'staff' ? { actorName: e.actor } : {}), ...(e.reason ? { detail: e.reason } : {}) };
    }),
    ...mails.map((m): TimelineEntry => ({ at: m.sentAt, what: 'メール送信', actor: 'system', detail: `${m.subject}（${m.recipient}）` })),
    ...attachments.map((a): TimelineEntry => ({ at: a.createdAt, what: '関連資料の提出', actor: 'applicant', detail: a.fileName })),
  ];
  return { events, timeline: byTime(entries) };
}

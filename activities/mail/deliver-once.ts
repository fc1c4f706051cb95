// Sends a mail at most once per idempotency key: the sent_mails ledger is checked before sending
// and written after the SMTP server accepted. A failed send throws, and Temporal retries it. The
// ledger keeps no working link: a `token=` in the text (the link to 加入(仮)申請, the status page)
// is recorded masked, as a password is.
import { createHash } from 'node:crypto';
import { QueryTypes } from 'sequelize';
import type { Database } from '../../db/database';
import type { Mailer } from './mailer';

export interface OutgoingMail {
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  /** What the ledger keeps instead of `text`, for mails that carry a password. */
  recordedText?: string;
}

const LINK_TOKEN = /([?&]token=)[^\s&#]+/g;

/** The text as the ledger keeps it: every link's token masked. */
function ledgerText(mail: Pick<OutgoingMail, 'text' | 'recordedText'>): string {
  return (mail.recordedText ?? mail.text).replace(LINK_TOKEN, '$1（記録しません）');
}

export interface DeliveryResult {
  messageId: string;
  alreadySent: boolean;
}

export async function deliverOnce(db: Database, mailer: Mailer, from: string, mail: OutgoingMail): Promise<DeliveryResult> {
  return (await sentBefore(db, mail.idempotencyKey)) ?? sendAndRecord(db, mailer, from, mail);
}

/**
 * The delivery the ledger holds for this key, if any. A mail that makes a password or a link
 * asks this first, so that a retry after the send makes neither again, and then sends with
 * sendAndRecord.
 */
export async function sentBefore(db: Database, idempotencyKey: string): Promise<DeliveryResult | undefined> {
  const existing = await db.models.SentMail.findOne({ where: { idempotencyKey } });
  return existing ? { messageId: existing.messageId, alreadySent: true } : undefined;
}

/**
 * Sends the mail unless the ledger holds it, when the ledger's answer (the Message-ID recorded for
 * its key, or null) came with another read, as `applicationMailFacts` brings it.
 */
export function deliverUnlessSent(db: Database, mailer: Mailer, from: string, sentMessageId: string | null, mail: OutgoingMail): Promise<DeliveryResult> {
  if (sentMessageId !== null) return Promise.resolve({ messageId: sentMessageId, alreadySent: true });
  return sendAndRecord(db, mailer, from, mail);
}

/** Sends a mail the ledger does not hold (sentBefore said so) and records it. */
export async function sendAndRecord(db: Database, mailer: Mailer, from: string, mail: OutgoingMail): Promise<DeliveryResult> {
  // A Message-ID derived from the key lets mail clients fold a copy sent in the instant between
  // the server's acceptance and the ledger write (a crash there is the one window left).
  const messageId = `<${createHash('sha256').update(mail.idempotencyKey).digest('hex').slice(0, 32)}@occto-member.local>`;
  await mailer.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId });
  await db.sequelize.query(
    `INSERT INTO sent_mails (idempotency_key, recipient, subject, body, message_id, sent_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING`,
    { bind: [mail.idempotencyKey, mail.to, mail.subject, ledgerText(mail), messageId, new Date()], type: QueryTypes.INSERT },
  );
  return { messageId, alreadySent: false };
}

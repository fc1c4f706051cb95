// Finds the application an applicant means: by 加入申請受付番号 + 管理者①メールアドレス (both must
// match), or by the HMAC-signed links in the mails.
import type { Database } from '../db/database';
import { verifyJoinLinkToken } from '../domain/join-link-token';
import { normalizeReceiptNumber } from '../domain/receipt-number';
import { verifyStatusToken } from '../domain/status-link-token';
import { isUuid } from '../domain/uuid';

export async function findByReceipt(db: Database, receiptNumber: string, adminEmail: string) {
  const application = await db.models.MembershipApplication.findOne({ where: { receiptNumber } });
  if (!application) return null;
  const email = adminEmail.toLowerCase();
  // The manual asks for the address entered at 加入仮申請; a 本申請 may have changed 管理者① since,
  // so the current address opens the application too.
  const given = [application.adminEmail, application.provisionalData?.administrator1.email.toLowerCase()];
  return given.includes(email) ? application : null;
}

/** The application behind a genuine status link, with the link's 受付番号 normalised; else undefined. */
export async function findByStatusLink(db: Database, secret: string, rawReceiptNumber: string, token: string) {
  const receiptNumber = normalizeReceiptNumber(rawReceiptNumber);
  if (!receiptNumber || !verifyStatusToken(secret, receiptNumber, token)) return undefined;
  const application = await db.models.MembershipApplication.findOne({ where: { receiptNumber } });
  return application ? { application, receiptNumber } : undefined;
}

/** The application behind a genuine 加入(仮)申請 link, or null. */
export async function findByJoinLink(db: Database, secret: string, applicationId: string, token: string) {
  if (!isUuid(applicationId) || !verifyJoinLinkToken(secret, applicationId, token)) return null;
  return db.models.MembershipApplication.findByPk(applicationId);
}

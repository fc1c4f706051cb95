// The applicant's status page is opened with 受付番号 + 管理者①メールアドレス once; after that (and
// in mails) it is addressed by the 受付番号 with an HMAC, so polling needs no address in the URL.
import { createHmac, timingSafeEqual } from 'node:crypto';

function statusToken(secret: string, receiptNumber: string): string {
  return createHmac('sha256', secret).update(`application-status:${receiptNumber}`).digest('base64url');
}

export function verifyStatusToken(secret: string, receiptNumber: string, token: string): boolean {
  const expected = Buffer.from(statusToken(secret, receiptNumber));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function statusPath(secret: string, receiptNumber: string): string {
  return `/join/status/${receiptNumber}?token=${statusToken(secret, receiptNumber)}`;
}

/** The part of the status page that htmx polls. */
export function statusPanelPath(secret: string, receiptNumber: string): string {
  return `/join/status/${receiptNumber}/panel?token=${statusToken(secret, receiptNumber)}`;
}

/** Where 加入(本)申請 starts (manual 1.4: the URL in the mail). */
export const FINAL_APPLICATION_PATH = '/join/final';

// The link to 加入(仮)申請 carries an HMAC of the application id, so it cannot be guessed, no
// secret is stored, and nothing secret enters the workflow history (operators can read that).
import { createHmac, timingSafeEqual } from 'node:crypto';

function joinLinkToken(secret: string, applicationId: string): string {
  return createHmac('sha256', secret).update(`join-link:${applicationId}`).digest('base64url');
}

export function verifyJoinLinkToken(secret: string, applicationId: string, token: string): boolean {
  const expected = Buffer.from(joinLinkToken(secret, applicationId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function joinLinkUrl(publicBaseUrl: string, secret: string, applicationId: string): string {
  return `${publicBaseUrl}/join/${applicationId}/provisional?token=${joinLinkToken(secret, applicationId)}`;
}

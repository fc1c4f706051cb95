// Random tokens for session cookies and reset links, after Lucia's design: 160 random bits as
// base32 for the user, only the SHA-256 (hex) kept in the database.
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { createHash } from 'node:crypto';

export function generateSecretToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecretToken(token: string): string {
  // node:crypto rather than a JavaScript SHA-256: every member request hashes its cookie.
  return createHash('sha256').update(token).digest('hex');
}

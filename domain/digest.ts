// A short digest of a value (SHA-256 of its JSON, 132 bits in base64url): names what a form sent
// (form-update-id), what an edit form was shown with (its edit basis, sent back so that a change
// made meanwhile is not undone unseen), and what a polled panel shows.
import { createHash } from 'node:crypto';

export const DIGEST_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}

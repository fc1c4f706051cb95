// What an edit form was shown with, as a short digest sent back with it: when the stored values
// no longer match, someone changed them meanwhile, and saving the form would silently undo that.
import { createHash } from 'node:crypto';

export const EDIT_BASIS_PATTERN = /^[0-9a-f]{16}$/;

export function editBasis(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 16);
}

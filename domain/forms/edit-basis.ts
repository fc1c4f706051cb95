// The hidden field an edit form sends back: the digest of what it was shown with (domain/digest.ts).
// Anything but a digest counts as none: the form is then saved as before, unchecked.
import { z } from 'zod';
import { DIGEST_PATTERN } from '../digest';

export const editBasisField = z
  .string()
  .optional()
  .transform((value) => (value && DIGEST_PATTERN.test(value) ? value : null));

// The hidden field an edit form sends back with what it was shown with (see domain/edit-basis.ts).
// Anything but a digest counts as none: the form is then saved as before, unchecked.
import { z } from 'zod';
import { EDIT_BASIS_PATTERN } from '../edit-basis';

export const editBasisField = z
  .string()
  .optional()
  .transform((value) => (value && EDIT_BASIS_PATTERN.test(value) ? value : null));

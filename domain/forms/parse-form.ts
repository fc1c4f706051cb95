// Turns a zod result into what a page needs: the clean data, or one Japanese message per field
// together with the values as entered so the form can be shown again unchanged.
import type { z } from 'zod';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export type FormResult<T, K extends string> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors<K>; values: Partial<Record<K, string>> };

export function parseForm<S extends z.ZodType, K extends string>(
  schema: S,
  fields: readonly K[],
  input: Record<string, unknown>,
): FormResult<z.output<S>, K> {
  const values: Partial<Record<K, string>> = {};
  for (const field of fields) {
    const raw = input[field];
    if (typeof raw === 'string') values[field] = raw;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors<K> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as K | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return { ok: false, errors, values };
}

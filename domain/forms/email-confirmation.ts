// メールアドレス (確認用): the address typed twice must match, whatever its case, and a mismatch
// sits beside the confirmation field. The message names both fields: in the error summary at the
// top of the form, 「上記」 would point at nothing.
import type { z } from 'zod';

export function withEmailConfirmation<T extends z.ZodType<{ email: string; emailConfirmation: string }>>(schema: T) {
  return schema.refine((form) => form.email.toLowerCase() === form.emailConfirmation.toLowerCase(), {
    path: ['emailConfirmation'],
    message: 'メールアドレス (確認用)がメールアドレスと一致しません。',
  });
}

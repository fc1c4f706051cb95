// メールアドレス (確認用): the address typed twice must match, whatever its case, and a mismatch
// sits beside the confirmation field.
import type { z } from 'zod';

export function withEmailConfirmation<T extends z.ZodType<{ email: string; emailConfirmation: string }>>(schema: T) {
  return schema.refine((form) => form.email.toLowerCase() === form.emailConfirmation.toLowerCase(), {
    path: ['emailConfirmation'],
    message: '上記と同じメールアドレスを入力してください。',
  });
}

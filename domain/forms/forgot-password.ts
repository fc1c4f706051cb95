// 「ID／パスワードを忘れた方はこちら」: who asks for a reset link, and where it should go. Left
// empty, the ユーザID is looked up by the address: the link's mail names it.
import { z } from 'zod';
import { formIdField } from './form-id';
import { emailAddress } from './text';
import { businessCode, userId } from './user-fields';

export const FORGOT_PASSWORD_FIELDS = ['requestId', 'businessCode', 'userId', 'email'] as const;
export type ForgotPasswordField = (typeof FORGOT_PASSWORD_FIELDS)[number];

export const forgotPasswordSchema = z.object({
  requestId: formIdField(),
  businessCode: businessCode(),
  userId: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(userId().optional()),
  email: emailAddress(),
});

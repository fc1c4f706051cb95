// パスワード変更 (and the new password of a reset link): the manual's composition rules from the
// configured policy, and the confirmation. History and the current password are checked against
// the database by the route.
import { z } from 'zod';
import { checkPasswordRules, type PasswordPolicy } from '../password-policy';
import { passwordInput } from './user-fields';

export const PASSWORD_CHANGE_FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirmation'] as const;
export type PasswordChangeField = (typeof PASSWORD_CHANGE_FIELDS)[number];

export const NEW_PASSWORD_FIELDS = ['newPassword', 'newPasswordConfirmation'] as const;

function newPassword(policy: PasswordPolicy) {
  return passwordInput('新しいパスワード').superRefine((value, ctx) => {
    for (const message of checkPasswordRules(value, policy)) ctx.addIssue({ code: 'custom', message });
  });
}

/** A reset link's form: the new password and its confirmation. */
export function newPasswordSchema(policy: PasswordPolicy) {
  return z
    .object({ newPassword: newPassword(policy), newPasswordConfirmation: passwordInput('新しいパスワード (確認用)') })
    .refine((form) => form.newPassword === form.newPasswordConfirmation, {
      // Named, not 「上記」: the error summary shows it far from the field above.
      path: ['newPasswordConfirmation'],
      message: '新しいパスワード (確認用)が新しいパスワードと一致しません。',
    });
}

/** パスワード変更: the same, after the current password. */
export function passwordChangeSchema(policy: PasswordPolicy) {
  return newPasswordSchema(policy).extend({ currentPassword: passwordInput('現在のパスワード') });
}

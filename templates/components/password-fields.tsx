// パスワード変更 fields, shared by members, staff and the reset link: the new password twice, with
// the manual's rule beside it, and the current password when the user is logged in.
import type { FieldErrors } from '../../domain/forms/parse-form';
import type { PasswordChangeField } from '../../domain/forms/password-change';
import { Field } from './field';

export interface PasswordFieldsProps {
  errors: FieldErrors<PasswordChangeField>;
  rule: string;
  askCurrent: boolean;
}

// Passwords are never sent back into the page, so the fields start empty after an error.
export function PasswordFields({ errors, rule, askCurrent }: PasswordFieldsProps) {
  return (
    <>
      {askCurrent ? (
        <Field name="currentPassword" label="現在のパスワード" type="password" required width="半角" error={errors.currentPassword} autocomplete="current-password" />
      ) : null}
      <Field name="newPassword" label="新しいパスワード" type="password" required width="半角" error={errors.newPassword} hint={rule} autocomplete="new-password" />
      <Field name="newPasswordConfirmation" label="新しいパスワード (確認用)" type="password" required width="半角" error={errors.newPasswordConfirmation} hint="※上記と同じパスワードを入力してください" autocomplete="new-password" />
    </>
  );
}

// ユーザ情報登録 / ユーザ情報詳細 (第3章): every field of the manual. 担当業務 arrives as several
// checkboxes and is carried as one comma-separated value so a refused form shows the ticks again.
import { z } from 'zod';
import { withEmailConfirmation } from './email-confirmation';
import { editBasisField } from './edit-basis';
import { requestIdField } from './form-id';
import { userId, userProfileShape } from './user-fields';

export const USER_FIELDS = [
  'userId', 'duties', 'department', 'lastName', 'firstName', 'lastNameKana', 'firstNameKana', 'email', 'emailConfirmation', 'phone', 'note',
] as const;
export type UserField = (typeof USER_FIELDS)[number];

/** ユーザ情報詳細 also carries what it was shown with, so a change made meanwhile is not undone. */
export const USER_UPDATE_FIELDS = [...USER_FIELDS, 'basis'] as const;
export type UserUpdateField = (typeof USER_UPDATE_FIELDS)[number];

/** ユーザ情報登録 also carries the form's id: sent twice, it registers one user. */
export const NEW_USER_FIELDS = [...USER_FIELDS, 'requestId'] as const;
export type NewUserField = (typeof NEW_USER_FIELDS)[number];

const profileFields = {
  ...userProfileShape,
  duties: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').filter(Boolean))
    .pipe(userProfileShape.duties),
};

/** ユーザ情報登録: a new 担当者 with its ユーザID. */
export const newUserSchema = withEmailConfirmation(z.object({ requestId: requestIdField('新規登録'), userId: userId(), ...profileFields }));

/** ユーザ情報詳細 → 変更: the ユーザID stays as it is. */
export const userUpdateSchema = withEmailConfirmation(z.object({ ...profileFields, basis: editBasisField }));

/** Request body → the string fields parseForm reads (checkboxes joined). */
export function userFormInput(body: Record<string, string | File | (string | File)[]>): Record<string, unknown> {
  const ticked = [body.duties ?? []].flat().filter((v): v is string => typeof v === 'string');
  return { ...body, duties: ticked.join(',') };
}

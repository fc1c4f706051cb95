// ユーザ情報登録 / ユーザ情報詳細 (第3章): every field of the manual. 担当業務 arrives as several
// checkboxes and is carried as one comma-separated value so a refused form shows the ticks again.
import { z } from 'zod';
import { DUTIES, type Duty } from '../../db/models/user';
import { emailAddress, fullWidthText, kanaText, optionalFullWidthText, phoneNumber } from './text';
import { userId } from './user-fields';

export const USER_FIELDS = [
  'userId', 'duties', 'department', 'lastName', 'firstName', 'lastNameKana', 'firstNameKana', 'email', 'emailConfirmation', 'phone', 'note',
] as const;
export type UserField = (typeof USER_FIELDS)[number];

const duties = z
  .string()
  .optional()
  .transform((v) => (v ?? '').split(',').filter(Boolean))
  .pipe(
    z
      .array(z.enum(DUTIES, { error: '担当業務の選択が正しくありません。' }))
      .min(1, '担当業務を1つ以上選択してください。')
      .transform((list) => DUTIES.filter((duty) => list.includes(duty)) as Duty[]),
  );

const profileFields = {
  duties,
  department: fullWidthText('所属・役職', 100),
  lastName: fullWidthText('氏名（姓）', 50),
  firstName: fullWidthText('氏名（名）', 50),
  lastNameKana: kanaText('氏名カナ（セイ）', 50, 'name'),
  firstNameKana: kanaText('氏名カナ（メイ）', 50, 'name'),
  email: emailAddress(),
  emailConfirmation: emailAddress('メールアドレス (確認用)'),
  phone: phoneNumber(),
  note: optionalFullWidthText('その他', 500),
};

const sameEmail = {
  path: ['emailConfirmation'],
  message: '上記と同じメールアドレスを入力してください。',
};

/** ユーザ情報登録: a new 担当者 with its ユーザID. */
export const newUserSchema = z
  .object({ userId: userId(), ...profileFields })
  .refine((form) => form.email.toLowerCase() === form.emailConfirmation.toLowerCase(), sameEmail);

/** ユーザ情報詳細 → 変更: the ユーザID stays as it is. */
export const userUpdateSchema = z
  .object(profileFields)
  .refine((form) => form.email.toLowerCase() === form.emailConfirmation.toLowerCase(), sameEmail);

/** Request body → the string fields parseForm reads (checkboxes joined). */
export function userFormInput(body: Record<string, string | File | (string | File)[]>): Record<string, unknown> {
  const ticked = [body.duties ?? []].flat().filter((v): v is string => typeof v === 'string');
  return { ...body, duties: ticked.join(',') };
}

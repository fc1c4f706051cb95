// Field rules of the user screens (第3章) and login (第2章), built on text.ts: 事業者コード,
// ユーザID, passwords, and the profile of a ユーザ, which the joining and 会員情報変更 forms ask of
// each 管理者 in the same words.
import { z } from 'zod';
import { DUTIES, type Duty } from '../duties';
import { alphanumericCode, emailAddress, fullWidthText, kanaText, optionalFullWidthText, phoneNumber } from './text';

/** 事業者コード: the 4 characters issued by OCCTO, in upper case as the joining flow stores it. */
export function businessCode(label = '事業者コード') {
  return alphanumericCode(label, 4, { upperCase: true });
}

/** ユーザID: 6 half-width alphanumerics. */
export function userId(label = 'ユーザID') {
  return alphanumericCode(label, 6);
}

/** A password as typed: never trimmed or normalised, only required and bounded. */
export function passwordInput(label = 'パスワード') {
  return z
    .string({ error: `${label}を入力してください。` })
    .min(1, `${label}を入力してください。`)
    .max(128, `${label}は128文字以内で入力してください。`);
}

/** 担当業務: the ticked boxes, at least one, kept in the order of DUTIES. */
const duties = z
  .array(z.string())
  .min(1, '担当業務を1つ以上選択してください。')
  .refine((list) => list.every((duty) => (DUTIES as readonly string[]).includes(duty)), '担当業務を選択し直してください。')
  .transform((list) => DUTIES.filter((duty) => list.includes(duty)) as Duty[]);

/** A ユーザ's profile, apart from its ユーザID; pair it with withEmailConfirmation. */
export const userProfileShape = {
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

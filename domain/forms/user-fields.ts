// Field rules of the user screens (第3章) and login (第2章), built on text.ts: 事業者コード,
// ユーザID and passwords.
import { z } from 'zod';
import { alphanumericCode } from './text';

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

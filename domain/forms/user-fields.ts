// Field rules of the user screens (第3章) and login (第2章), built on text.ts: 事業者コード,
// ユーザID, 全角 texts and passwords.
import { z } from 'zod';
import { alphanumericCode, optionalText, requiredText } from './text';

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

const HALF_WIDTH_KANA = /[\uff61-\uff9f]/;

/** ASCII becomes full-width, so 全角 fields accept what people type; 半角カナ is refused. */
export function toFullWidth(value: string): string {
  return value.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
}

export function fullWidthText(label: string, max: number) {
  return requiredText(label, max)
    .transform(toFullWidth)
    .refine((v) => !HALF_WIDTH_KANA.test(v), `${label}は全角で入力してください。`);
}

export function optionalFullWidthText(label: string, max: number) {
  return optionalText(label, max)
    .transform(toFullWidth)
    .refine((v) => !HALF_WIDTH_KANA.test(v), `${label}は全角で入力してください。`);
}

// Field rules of the user screens (第3章) and login (第2章), built on text.ts: 事業者コード,
// ユーザID, 全角 and 半角カナ texts, hyphenated phone numbers and passwords.
import { z } from 'zod';
import { requiredText, toHalfWidth } from './text';

/** 事業者コード: the 4 characters issued by OCCTO, stored in upper case. */
export function businessCode(label = '事業者コード') {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).trim().toUpperCase())
    .pipe(z.string().min(1, `${label}を入力してください。`).regex(/^[A-Za-z0-9]{4}$/, `${label}は4桁の半角英数字で入力してください。`));
}

/** ユーザID: 6 half-width alphanumerics. */
export function userId(label = 'ユーザID') {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).trim())
    .pipe(z.string().min(1, `${label}を入力してください。`).regex(/^[A-Za-z0-9]{6}$/, `${label}は6桁の半角英数字で入力してください。`));
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
  return z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim())
    .pipe(z.union([z.literal(''), fullWidthText(label, max)]));
}

// Full-width katakana (and the voiced forms NFKC composes) mapped to their half-width spelling.
const KANA_TO_HALF = new Map<string, string>();
for (let code = 0xff65; code <= 0xff9d; code++) {
  const half = String.fromCharCode(code);
  KANA_TO_HALF.set(half.normalize('NFKC'), half);
  for (const mark of ['\uff9e', '\uff9f']) {
    const composed = (half + mark).normalize('NFKC');
    if ([...composed].length === 1) KANA_TO_HALF.set(composed, half + mark);
  }
}

export function toHalfWidthKana(value: string): string {
  return [...value].map((c) => KANA_TO_HALF.get(c) ?? c).join('').replace(/\u3000/g, ' ');
}

/** 半角カナ (full-width katakana is converted, not refused). */
export function halfWidthKana(label: string, max: number) {
  return requiredText(label, max)
    .transform(toHalfWidthKana)
    .refine((v) => /^[\uff65-\uff9f ]+$/.test(v), `${label}は半角カナで入力してください。`);
}

/** 電話番号: half-width digits separated by hyphens, e.g. 03-1234-5678. */
export function phoneNumber(label = '電話番号') {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).trim())
    .pipe(
      z
        .string()
        .min(1, `${label}を入力してください。`)
        .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, `${label}は半角数字を「-」（ハイフン）で区切って入力してください（例：03-1234-5678）。`),
    );
}

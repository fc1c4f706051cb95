// Field rules shared by every form: normalisation first (full-width digits, hyphens and spaces
// become half-width), then checks with the manual's wording.
import { z } from 'zod';

// C0/C1 controls other than tab/newline, and lone surrogates (invalid UTF-16).
const CONTROL_OR_BROKEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function toHalfWidth(value: string): string {
  return value
    .replace(/[０-９Ａ-Ｚａ-ｚ＠．＿＋／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[－―‐−ー–—]/g, '-')
    .replace(/\u3000/g, ' ');
}

/** A required single-line text of at most `max` characters. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => v.replace(/\u3000/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, `${label}を入力してください。`)
        .max(max, `${label}は${max}文字以内で入力してください。`)
        .refine((v) => !CONTROL_OR_BROKEN.test(v) && !/[\r\n\t]/.test(v), `${label}に使用できない文字が含まれています。`),
    );
}

const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** メールアドレス: half-width after normalisation, one address. */
export function emailAddress(label = 'メールアドレス') {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).trim())
    .pipe(
      z
        .string()
        .min(1, `${label}を入力してください。`)
        .max(254, `${label}は254文字以内で入力してください。`)
        .regex(EMAIL_PATTERN, '有効なメールアドレスを入力してください。'),
    );
}

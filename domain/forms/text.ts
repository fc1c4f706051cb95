// Field rules shared by every form: normalisation first (full-width digits, hyphens and spaces
// become half-width), then checks with the manual's wording.
import { z } from 'zod';

// C0/C1 controls other than tab/newline, lone surrogates (invalid UTF-16), and invisible format
// characters: zero-width spaces and joiners, direction marks and overrides (which can make a
// name read differently from what is stored), the byte-order mark. Variation selectors (異体字)
// stay allowed.
const CONTROL_OR_BROKEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

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

/** An optional single-line text (その他): empty is fine, the rest as requiredText. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .optional()
    .transform((v) => (v ?? '').replace(/\u3000/g, ' ').trim())
    .pipe(
      z
        .string()
        .max(max, `${label}は${max}文字以内で入力してください。`)
        .refine((v) => !CONTROL_OR_BROKEN.test(v) && !/[\r\n\t]/.test(v), `${label}に使用できない文字が含まれています。`),
    );
}

// Half-width katakana for every full-width one (including voiced ガ → ｶﾞ), derived from Unicode's
// own compatibility mapping instead of a hand-written table.
const HALF_KANA: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let code = 0xff61; code <= 0xff9f; code++) {
    const half = String.fromCharCode(code);
    map.set(half.normalize('NFKC'), half);
    for (const mark of ['\uff9e', '\uff9f']) {
      const composed = (half + mark).normalize('NFKC');
      if (composed.length === 1) map.set(composed, half + mark);
    }
  }
  return map;
})();

/** Kana as the manual wants it (半角): hiragana and full-width katakana become half-width katakana. */
export function toHalfWidthKana(value: string): string {
  const katakana = value.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  // Not toHalfWidth: it would turn the long-vowel mark ー into a hyphen.
  return katakana
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/./gu, (c) => HALF_KANA.get(c) ?? c);
}

const HALF_KANA_CHARS = '\uff61-\uff9f';

const FULL_WIDTH_QUOTE = '\uff02';

/** Keeps a full-width ＂ as typed, so its refusal does not speak of the half-width one. */
function toHalfWidthKanaKeepingQuote(value: string): string {
  return value.split(FULL_WIDTH_QUOTE).map(toHalfWidthKana).join(FULL_WIDTH_QUOTE);
}

/**
 * A カナ field, normalised to half-width katakana. Names allow kana and spaces; company names
 * and addresses also letters, digits and punctuation, but never a `"` (manual 1.4), half- or
 * full-width, both being stored alike.
 * The length is counted as stored, in half-width characters (ガ is ｶﾞ, two), and the message says so.
 */
export function kanaText(label: string, max: number, kind: 'name' | 'text', required = true) {
  const allowed = kind === 'name' ? new RegExp(`^[${HALF_KANA_CHARS} ]*$`) : new RegExp(`^[${HALF_KANA_CHARS} !#-~]*$`);
  const quoted = (v: string) => v.includes('"') || v.includes(FULL_WIDTH_QUOTE);
  return z
    .string({ error: `${label}を入力してください。` })
    .optional()
    .transform((v) => toHalfWidthKanaKeepingQuote(v ?? '').trim())
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, `${label}を入力してください。`)
        .max(max, `${label}は半角${max}文字以内で入力してください（濁点・半濁点も1文字と数えます）。`)
        .refine((v) => !v.includes('"'), `${label}では半角の"(ダブルクォーテーション)は使用しないでください。`)
        .refine((v) => !v.includes(FULL_WIDTH_QUOTE), `${label}では${FULL_WIDTH_QUOTE}(ダブルクォーテーション)は使用しないでください。`)
        .refine((v) => quoted(v) || allowed.test(v), `${label}はカナで入力してください。`),
    );
}

/** 電話番号: half-width digits separated by hyphens, e.g. 03-1234-5678. */
/** A phone number as typed: hyphenated (03-1234-5678) or not (the manual's 会員情報変更 says 「ハイフンを取り」). */
export function phoneNumber(label = '電話番号') {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).replace(/\s/g, ''))
    .pipe(
      z
        .string()
        .min(1, `${label}を入力してください。`)
        .refine(
          (v) => (/^0\d{1,4}-\d{1,4}-\d{3,4}$/.test(v) || /^0\d+$/.test(v)) && [10, 11].includes(v.replace(/-/g, '').length),
          `${label}は0から始まる10桁または11桁の半角数字で入力してください（「-」(ハイフン)区切りも可。例: 03-1234-5678）。`,
        ),
    );
}

/** 郵便番号: 7 digits; a hyphen after the third is dropped. */
export function postalCode(label: string) {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).replace(/\s/g, '').replace(/^(\d{3})-(\d{4})$/, '$1$2'))
    .pipe(z.string().min(1, `${label}を入力してください。`).regex(/^\d{7}$/, `${label}は7桁の半角数字で入力してください（例: 1300001）。`));
}

/** Digits only, after normalisation (法人番号 and the like). */
export function digits(label: string, length: number, check: (v: string) => boolean, checkMessage: string) {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => toHalfWidth(v).replace(/[\s-]/g, ''))
    .pipe(
      z
        .string()
        .min(1, `${label}を入力してください。`)
        .regex(new RegExp(`^\\d{${length}}$`), `${label}は${length}桁の半角数字で入力してください。`)
        .refine(check, checkMessage),
    );
}

/** Half-width letters and digits of a fixed length (ユーザID, 事業者コード). */
export function alphanumericCode(label: string, length: number, options: { upperCase?: boolean } = {}) {
  return z
    .string({ error: `${label}を入力してください。` })
    .transform((v) => {
      const half = toHalfWidth(v).trim();
      return options.upperCase ? half.toUpperCase() : half;
    })
    .pipe(
      z
        .string()
        .min(1, `${label}を入力してください。`)
        .regex(new RegExp(`^[A-Za-z0-9]{${length}}$`), `${label}は${length}桁の半角英数字で入力してください。`),
    );
}

const HALF_WIDTH_KANA = new RegExp(`[${HALF_KANA_CHARS}]`);

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

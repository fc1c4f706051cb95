// Form schemas and rules shared across forms: リンク確認, 容量市場口座情報等, カナ quotes, password
// characters, and input lengths that fit what the server accepts.
import { describe, expect, it } from 'vitest';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { parseForm } from '../../domain/forms/parse-form';
import { applicationFormParser } from '../../domain/forms/application';
import { REFUND_ACCOUNT_FIELDS, refundAccountSchema } from '../../domain/forms/refund-account';
import { fullWidthText, kanaText, phoneNumber, toHalfWidth } from '../../domain/forms/text';
import { splitFullName } from '../../domain/person-name';
import { checkPasswordRules, DEFAULT_PASSWORD_POLICY } from '../../domain/password-policy';
import { ApplicationFields } from '../../templates/public/application-fields';
import { applicationFormEntries, sampleApplication } from '../support/joining';

const valid = {
  applicationId: '0b7c2f3e-6a1d-4c9e-9f10-2f4b7a1c3d5e',
  companyName: '広域電力株式会社',
  contactName: '広域　太郎',
  email: 'taro@example.co.jp',
  emailConfirmation: 'TARO@example.co.jp',
};

describe('join link request form', () => {
  it('accepts a complete form, normalising widths and spaces', () => {
    const result = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, { ...valid, companyName: 'OCCTO電力株式会社', contactName: '広域 太郎', email: 'ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ' });
    expect(result).toEqual({ ok: true, data: { ...valid, companyName: 'ＯＣＣＴＯ電力株式会社', contactName: '広域　太郎' } });
  });

  it('names every missing field in Japanese', () => {
    const result = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      applicationId: '画面の有効期限が切れました。もう一度入力してください。',
      companyName: '会社名を入力してください。',
      contactName: 'ご担当者氏名を入力してください。',
      email: 'メールアドレスを入力してください。',
      emailConfirmation: 'メールアドレス (確認用)を入力してください。',
    });
  });

  it('refuses control characters, over-long text, bad addresses and a mismatched confirmation', () => {
    const result = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, {
      ...valid,
      companyName: 'a'.repeat(101),
      contactName: '広域\u0000太郎',
      email: 'taro@@example',
      emailConfirmation: 'jiro@example.co.jp',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.companyName).toBe('会社名は100文字以内で入力してください。');
    expect(result.errors.contactName).toBe('ご担当者氏名に使用できない文字が含まれています。');
    const halfKana = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, { ...valid, contactName: 'ｺｳｲｷ ﾀﾛｳ' });
    expect(!halfKana.ok && halfKana.errors.contactName).toBe('ご担当者氏名は全角で入力してください。');
    expect(result.errors.email).toBe('有効なメールアドレスを入力してください。');
    expect(result.values.companyName).toBe('a'.repeat(101));
  });

  it('ignores fields it does not know and non-string values', () => {
    const result = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, { ...valid, admin: 'true', companyName: ['x'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['companyName']);
  });
});

it('turns full-width digits, letters and dashes half-width', () => {
  expect(toHalfWidth('０３－１２３４ー５６７８')).toBe('03-1234-5678');
});

describe('容量市場口座情報等 form', () => {
  const account = { bankName: '広域銀行', bankCode: '0001', branchName: '本店', branchCode: '100', accountType: '普通', accountNumber: '1234567', holderKana: 'コウイキデンリョク' };
  const parse = (overrides: Record<string, string>) => parseForm(refundAccountSchema, REFUND_ACCOUNT_FIELDS, { ...account, ...overrides });

  it('treats 金融機関名 and 支店名 as every 全角 field: half-width widened, half-width kana refused', () => {
    const widened = parse({ bankName: 'OCCTO銀行', branchName: 'Tokyo 1' });
    expect(widened.ok && [widened.data.bankName, widened.data.branchName]).toEqual(['ＯＣＣＴＯ銀行', 'Ｔｏｋｙｏ　１']);
    const halfKana = parse({ bankName: 'ｺｳｲｷｷﾞﾝｺｳ', branchName: 'ﾎﾝﾃﾝ' });
    expect(!halfKana.ok && halfKana.errors).toEqual({ bankName: '金融機関名は全角で入力してください。', branchName: '支店名は全角で入力してください。' });
  });

  it('counts 口座名義カナ in half-width characters and says so, as every カナ field', () => {
    const fits = parse({ holderKana: 'ガ'.repeat(24) });
    expect(fits.ok && fits.data.holderKana).toBe('ｶﾞ'.repeat(24));
    const long = parse({ holderKana: 'ガ'.repeat(25) });
    expect(!long.ok && long.errors.holderKana).toBe('口座名義カナは半角48文字以内で入力してください（濁点・半濁点も1文字と数えます）。');
    const lower = parse({ holderKana: 'ｶ)kouiki' });
    expect(lower.ok && lower.data.holderKana).toBe('ｶ)KOUIKI');
    const unusable = parse({ holderKana: 'ｺｳｲｷ!' });
    expect(!unusable.ok && unusable.errors.holderKana).toBe('口座名義カナは半角カナ（英大文字・数字・スペース・().-/, を含む）で入力してください。');
  });
});

describe('the double quote in カナ fields', () => {
  const address = kanaText('本社所在地1カナ', 200, 'text');

  it('says 半角 only of a half-width quote, and names a full-width one as typed', () => {
    expect(address.safeParse('ﾄｳｷｮｳ"ﾋﾞﾙ').error?.issues[0]?.message).toBe('本社所在地1カナでは半角の"(ダブルクォーテーション)は使用しないでください。');
    expect(address.safeParse('ﾄｳｷｮｳ＂ﾋﾞﾙ＂').error?.issues.map((i) => i.message)).toEqual(['本社所在地1カナでは＂(ダブルクォーテーション)は使用しないでください。']);
    expect(address.parse('ﾄｳｷｮｳ（ﾋﾞﾙ）')).toBe('ﾄｳｷｮｳ(ﾋﾞﾙ)');
  });
});

describe('password characters', () => {
  const halfWidthOnly = 'パスワードは半角の英字・数字・記号で入力してください。使用可能な記号は +\u2060\u00a0-\u2060\u00a0_\u2060\u00a0@\u2060\u00a0.\u2060\u00a0/ です。';

  it('tells a password with full-width or other non-ASCII characters to be half-width', () => {
    for (const password of ['Ａｂｃｄｅｆ１２', 'Abcdefg１', 'Abcdefgあ1']) {
      const problems = checkPasswordRules(password, DEFAULT_PASSWORD_POLICY);
      expect(problems).toContain(halfWidthOnly);
      expect(problems.some((p) => p.startsWith('パスワードに使用できない文字'))).toBe(false);
    }
  });

  it('keeps naming a half-width symbol outside the allowed ones as unusable', () => {
    expect(checkPasswordRules('Abcdefg1!', DEFAULT_PASSWORD_POLICY)).toEqual(['パスワードに使用できない文字が含まれています。使用可能な記号は +\u2060\u00a0-\u2060\u00a0_\u2060\u00a0@\u2060\u00a0.\u2060\u00a0/ です。']);
  });
});

describe('maxlength of 法人番号 and 本社郵便番号', () => {
  const html = String(ApplicationFields({ values: {}, errors: {} }));
  const maxlength = (name: string) => Number(new RegExp(`name="${name}"[^>]*maxlength="(\\d+)"`).exec(html)?.[1]);
  const entries = applicationFormEntries(sampleApplication('taro@example.co.jp'));
  const parseApplicationFields = applicationFormParser({}, []);
  const parse = (overrides: Record<string, string>) => parseApplicationFields({ ...Object.fromEntries(entries), businessTypes: ['小売電気'], ...overrides });

  it('lets every written form the server accepts be typed or pasted whole', () => {
    for (const corporateNumber of ['7123-4567-89012', '7 1234 5678 9012', '７１２３－４５６７－８９０１２']) {
      expect(parse({ corporateNumber }).ok).toBe(true);
      expect(corporateNumber.length).toBeLessThanOrEqual(maxlength('corporateNumber'));
    }
    for (const postalCode of ['130-0061', '130 - 0061', '１３０－００６１']) {
      expect(parse({ postalCode }).ok).toBe(true);
      expect(postalCode.length).toBeLessThanOrEqual(maxlength('postalCode'));
    }
    // Refused by the server, but whole, so the message speaks of what was typed.
    expect('〒130-0061'.length).toBeLessThanOrEqual(maxlength('postalCode'));
  });
});

describe('phone numbers', () => {
  const phone = phoneNumber('代表電話番号');
  it("take the manual's hyphenated form and, as its 会員情報変更 says 「ハイフンを取り」, the digits alone", () => {
    for (const [typed, stored] of [['03-1234-5678', '03-1234-5678'], ['0312345678', '0312345678'], ['090-1234-5678', '090-1234-5678'], ['０９０１２３４５６７８', '09012345678']]) {
      expect(phone.safeParse(typed), typed).toEqual({ success: true, data: stored });
    }
  });

  it('refuse what is no Japanese number, saying both forms are fine', () => {
    for (const typed of ['031234567', '031234567890', '+81312345678', '3-1234-5678', '03-1234-567-8']) {
      const result = phone.safeParse(typed);
      expect(result.success, typed).toBe(false);
      expect(result.error?.issues[0]?.message, typed).toBe('代表電話番号は0から始まる10桁または11桁の半角数字で入力してください（「-」(ハイフン)区切りも可。例: 03-1234-5678）。');
    }
  });
});

describe('invisible characters in text fields', () => {
  const name = fullWidthText('氏名（姓）', 50);
  it('are refused: zero-width spaces, direction overrides, the byte-order mark', () => {
    for (const typed of ['田\u200b中', '田\u200d中', '\u202e中田', '田\ufeff中', '田\u2060中']) {
      expect(name.safeParse(typed).error?.issues[0]?.message, JSON.stringify(typed)).toBe('氏名（姓）に使用できない文字が含まれています。');
    }
  });

  it('leave variation selectors (異体字) as typed', () => {
    expect(name.safeParse('葛\u{e0100}城')).toEqual({ success: true, data: '葛\u{e0100}城' });
  });
});

describe('a full name typed in one field', () => {
  it('is split at its first space, ASCII or full-width, and not guessed without one', () => {
    expect(splitFullName('広域　太郎')).toEqual({ lastName: '広域', firstName: '太郎' });
    expect(splitFullName(' 広域 太郎 ')).toEqual({ lastName: '広域', firstName: '太郎' });
    expect(splitFullName('Ｊｏｈｎ　Ｑ　Ｓｍｉｔｈ')).toEqual({ lastName: 'Ｊｏｈｎ', firstName: 'Ｑ　Ｓｍｉｔｈ' });
    expect(splitFullName('広域太郎')).toBeNull();
  });
});

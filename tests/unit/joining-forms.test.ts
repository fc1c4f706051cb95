// The joining rules: 法人番号 check digit, 受付番号, kana, postal code, phone, consents.
import { describe, expect, it } from 'vitest';
import { isValidCorporateNumber } from '../../domain/corporate-number';
import { parseFinalApplicationForm } from '../../domain/forms/final-application';
import { parseProvisionalApplicationForm } from '../../domain/forms/provisional-application';
import { APPROVAL_WITH_REASON, staffDecisionSchema } from '../../domain/forms/staff-decision';
import { toHalfWidthKana } from '../../domain/forms/text';
import { normalizeReceiptNumber, receiptNumberFrom } from '../../domain/receipt-number';
import { applicationFormEntries, sampleApplication } from '../support/joining';

const formOf = (entries: [string, string][]) => {
  const input: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    const existing = input[name];
    input[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return input;
};
const valid = formOf(applicationFormEntries(sampleApplication('taro@example.co.jp', 'jiro@example.co.jp')));
const parse = (overrides: Record<string, string | string[] | undefined>) =>
  parseProvisionalApplicationForm({ ...valid, submissionId: '7d3f1c9e-2b4a-4e8f-9a6b-1c2d3e4f5a6b', ...overrides });

describe('法人番号', () => {
  it('accepts numbers whose check digit matches', () => {
    expect(isValidCorporateNumber('7123456789012')).toBe(true);
    expect(isValidCorporateNumber('4011001098993')).toBe(true);
  });
  it('refuses a wrong check digit, other lengths and non-digits', () => {
    expect(isValidCorporateNumber('1123456789012')).toBe(false);
    expect(isValidCorporateNumber('4011001098994')).toBe(false);
    expect(isValidCorporateNumber('712345678901')).toBe(false);
    expect(isValidCorporateNumber('712345678901a')).toBe(false);
  });
  it('normalises full-width digits in the form', () => {
    const result = parse({ corporateNumber: '４０１１００１０９８９９３' });
    expect(result.ok && result.data.data.company.corporateNumber).toBe('4011001098993');
    const wrong = parse({ corporateNumber: '4011001098994' });
    expect(!wrong.ok && wrong.errors.corporateNumber).toBe('法人番号が正しくありません。13桁の法人番号をご確認ください。');
  });
});

describe('加入申請受付番号', () => {
  it('is readable, carries a check character and is recognised however it is typed', () => {
    let i = 0;
    const number = receiptNumberFrom(() => [5, 17, 3, 0, 28, 11, 9][i++] ?? 0);
    expect(number).toMatch(/^J-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
    expect(normalizeReceiptNumber(number.toLowerCase().replace(/-/g, ' '))).toBe(number);
    expect(normalizeReceiptNumber(number.replace(/[A-Z2-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).toBe(number);
  });
  it('refuses any single wrong character and any swap of neighbours', () => {
    const number = receiptNumberFrom(() => 7);
    const chars = number.replace(/^J-|-/g, '');
    for (let p = 0; p < chars.length; p++) {
      const wrong = chars.slice(0, p) + (chars[p] === 'A' ? 'B' : 'A') + chars.slice(p + 1);
      expect(normalizeReceiptNumber(wrong)).toBeUndefined();
    }
    const mixed = receiptNumberFrom((() => { let n = 0; return () => n++; })());
    const body = mixed.replace(/^J-|-/g, '');
    for (let p = 0; p < body.length - 1; p++) {
      if (body[p] === body[p + 1]) continue;
      expect(normalizeReceiptNumber(body.slice(0, p) + body[p + 1] + body[p] + body.slice(p + 2))).toBeUndefined();
    }
  });
});

describe('application fields', () => {
  it('turns kana half-width and keeps the long-vowel mark', () => {
    expect(toHalfWidthKana('ガッコウ　ユーコ')).toBe('ｶﾞｯｺｳ ﾕｰｺ');
    expect(toHalfWidthKana('ぱいなっぷる')).toBe('ﾊﾟｲﾅｯﾌﾟﾙ');
    const result = parse({ 'admin1.lastNameKana': 'たなか' });
    expect(result.ok && result.data.data.administrator1.lastNameKana).toBe('ﾀﾅｶ');
  });
  it('counts a カナ field in half-width characters, as stored, and says so', () => {
    expect(parse({ 'admin1.lastNameKana': 'ガ'.repeat(25) }).ok).toBe(true);
    const result = parse({ 'admin1.lastNameKana': 'ガ'.repeat(26) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['admin1.lastNameKana']).toBe('氏名カナ（セイ）は半角50文字以内で入力してください（濁点・半濁点も1文字と数えます）。');
  });
  it('refuses a half-width " in 本社所在地カナ, kanji in kana fields, bad postal codes and phones', () => {
    const result = parse({ address1Kana: 'ﾄｳｷｮｳ "A"', address2Kana: 'ﾋﾞﾙ"', 'admin1.firstNameKana': '一郎', postalCode: '130001', phone: '031234567', 'admin2.phone': '03-1234' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.address1Kana).toBe('本社所在地1カナでは半角の"(ダブルクォーテーション)は使用しないでください。');
    expect(result.errors.address2Kana).toBe('本社所在地2カナでは半角の"(ダブルクォーテーション)は使用しないでください。');
    expect(result.errors['admin1.firstNameKana']).toBe('氏名カナ（メイ）はカナで入力してください。');
    expect(result.errors.postalCode).toBe('本社郵便番号は7桁の半角数字で入力してください（例: 1300001）。');
    expect(result.errors.phone).toContain('「-」(ハイフン)区切り');
    expect(result.errors['admin2.phone']).toContain('「-」(ハイフン)区切り');
  });
  it('widens what is typed in 全角 fields, as ユーザ管理 does, and refuses half-width kana there', () => {
    const widened = parse({ companyName: 'ABC電力株式会社', address1: '東京都中央区銀座6-2-15', 'admin1.department': '総務部 課長' });
    expect(widened.ok && [widened.data.data.company.companyName, widened.data.data.company.address1, widened.data.data.administrator1.department]).toEqual([
      'ＡＢＣ電力株式会社',
      '東京都中央区銀座６－２－１５',
      '総務部　課長',
    ]);
    const refused = parse({ representativeTitle: 'ﾀﾞｲﾋｮｳ', 'admin1.lastName': 'ﾀﾅｶ', 'admin2.note': 'ﾒﾓ' });
    expect(!refused.ok && refused.errors).toMatchObject({
      representativeTitle: '代表者肩書は全角で入力してください。',
      'admin1.lastName': '氏名（姓）は全角で入力してください。',
      'admin2.note': 'その他は全角で入力してください。',
    });
  });
  it('normalises full-width digits and hyphens in numbers', () => {
    const result = parse({ postalCode: '１３５－００６１', phone: '０３－１２３４－５６７８' });
    expect(result.ok && [result.data.data.company.postalCode, result.data.data.company.phone]).toEqual(['1350061', '03-1234-5678']);
  });
  it('needs matching mail addresses, at least one 担当業務 and distinct ユーザID', () => {
    const result = parse({ 'admin1.emailConfirmation': 'other@example.co.jp', 'admin1.duties': undefined, 'admin2.userId': 'ABC001' });
    expect(!result.ok && result.errors).toMatchObject({
      'admin1.emailConfirmation': 'メールアドレス (確認用)がメールアドレスと一致しません。',
      'admin1.duties': '担当業務を1つ以上選択してください。',
      'admin2.userId': '管理者①と異なるユーザIDを入力してください。',
    });
  });
  it('needs the id the form was shown with, so a double submission makes one application', () => {
    const result = parse({ submissionId: undefined });
    expect(!result.ok && result.errors.submissionId).toBe('画面の有効期限が切れました。もう一度入力してください。');
    const sent = parse({});
    expect(sent.ok && sent.data.submissionId).toBe('7d3f1c9e-2b4a-4e8f-9a6b-1c2d3e4f5a6b');
  });
  it('leaves 管理者② out when all its fields are empty', () => {
    const blank = Object.fromEntries(Object.keys(valid).filter((k) => k.startsWith('admin2.')).map((k) => [k, '']));
    const result = parse({ ...blank, 'admin2.duties': undefined });
    expect(result.ok && result.data.data.administrator2).toBeNull();
  });
});

describe('加入(本)申請 and staff decisions', () => {
  it('requires the three consents and a 4-character 事業者コード', () => {
    const result = parseFinalApplicationForm({ ...valid, receiptNumber: 'J-2222-2222', lookupEmail: 'taro@example.co.jp', businessCode: '12' });
    expect(!result.ok && result.errors).toMatchObject({
      businessCode: '事業者コードは4桁の半角英数字で入力してください。',
      consentArticles: '電力広域的運営推進機関 定款に同意してください。',
      consentTerms: 'システム利用許諾(システム利用規約)に同意してください。',
      consentNotice: '総会招集通知の電磁的手法利用許諾(定款 第25条)に同意してください。',
    });
  });
  it('needs a reason for 保留 and 却下 but not for 承認', () => {
    expect(staffDecisionSchema.safeParse({ decision: 'approve' }).success).toBe(true);
    const hold = staffDecisionSchema.safeParse({ decision: 'hold', reason: '  ' });
    expect(hold.success || hold.error.issues[0]?.message).toBe('保留の理由を入力してください。');
  });
  it('refuses 承認 with a reason typed, which most likely meant 保留 or 却下', () => {
    const approve = staffDecisionSchema.safeParse({ decision: 'approve', reason: '書類不足' });
    expect(approve.success || approve.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['reason', APPROVAL_WITH_REASON]]);
    expect(staffDecisionSchema.safeParse({ decision: 'approve', reason: ' \n ' }).success).toBe(true);
  });
});

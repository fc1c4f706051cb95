// The リンク確認 form schema: normalisation and the Japanese messages.
import { describe, expect, it } from 'vitest';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { parseForm } from '../../domain/forms/parse-form';
import { toHalfWidth } from '../../domain/forms/text';

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

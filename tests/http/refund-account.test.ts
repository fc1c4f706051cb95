// 容量市場口座情報等 over HTTP: who sees it (小売電気 / 登録特定送配電 members), who may change it,
// validation beside each field, and the history and audit trail of registrations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie, sampleCompany } from '../support/auth';
import { postForm } from '../support/http';
import { testDatabase } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const account = { bankName: '広域銀行', bankCode: '0001', branchName: '本店営業部', branchCode: '100', accountType: '普通', accountNumber: '1234567', holderKana: 'カ）コウイキデンリョク' };

describe('容量市場口座情報等', () => {
  it('registers and changes the account with validation, history and audit trail', async () => {
    const m = await createMemberWithAdmin(db);
    const cookie = await memberCookie(m.businessCode, m.userId, m.password);
    const empty = await (await getWithCookie('/member/refund-account', cookie)).text();
    expect(empty).toContain('<h1>容量市場口座情報等</h1>');
    expect(empty).toContain('口座情報はまだ登録されていません。');
    for (const label of ['金融機関名', '金融機関コード', '支店名', '支店コード', '口座番号', '口座名義カナ']) expect(empty).toContain(`>${label}</label>`);
    expect(empty).toContain('<a href="/member/refund-account" aria-current="page">容量市場口座情報等</a>');

    const bad = await postForm('/member/refund-account', { ...account, bankCode: '12', accountNumber: '12345', accountType: '', holderKana: 'kouiki!' }, { cookie });
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(badPage).toContain('金融機関コードは4桁の半角数字で入力してください。');
    expect(badPage).toContain('口座番号は7桁の半角数字で入力してください。');
    expect(badPage).toContain('預金種別を選択してください。');
    expect(badPage).toContain('口座名義カナは半角カナ');
    expect(badPage).toContain('value="広域銀行"');
    expect(await db.models.RefundAccount.count({ where: { businessCode: m.businessCode } })).toBe(0);

    expect((await postForm('/member/refund-account', account, { cookie })).status).toBe(303);
    expect((await postForm('/member/refund-account', { ...account, accountType: '当座', accountNumber: '7654321' }, { cookie })).status).toBe(303);
    const history = await db.models.RefundAccount.findAll({ where: { businessCode: m.businessCode }, order: [['id', 'ASC']] });
    expect(history.map((a) => [a.accountType, a.accountNumber, a.holderKana])).toEqual([
      ['普通', '1234567', 'ｶ)ｺｳｲｷﾃﾞﾝﾘｮｸ'],
      ['当座', '7654321', 'ｶ)ｺｳｲｷﾃﾞﾝﾘｮｸ'],
    ]);
    const page = await (await getWithCookie('/member/refund-account', cookie)).text();
    expect(page).toContain('● 変更履歴');
    expect(page).toContain('<td>7654321</td>');
    expect(page).toContain('<td>1234567</td>');
    const entries = await db.models.MemberAuditEntry.findAll({ where: { businessCode: m.businessCode, action: 'refund_account_registered' }, order: [['id', 'ASC']] });
    expect(entries[1]?.changes).toEqual([
      { label: '預金種別', before: '普通', after: '当座' },
      { label: '口座番号', before: '1234567', after: '7654321' },
    ]);
  });

  it('keeps 金融機関名 and 支店名 全角 and counts 口座名義カナ in half-width characters, as other forms do', async () => {
    const m = await createMemberWithAdmin(db);
    const cookie = await memberCookie(m.businessCode, m.userId, m.password);
    const bad = await postForm('/member/refund-account', { ...account, bankName: 'ｺｳｲｷｷﾞﾝｺｳ', branchName: 'ﾎﾝﾃﾝ', holderKana: 'ガ'.repeat(25) }, { cookie });
    expect(bad.status).toBe(422);
    const badPage = await bad.text();
    expect(badPage).toContain('金融機関名は全角で入力してください。');
    expect(badPage).toContain('支店名は全角で入力してください。');
    expect(badPage).toContain('口座名義カナは半角48文字以内で入力してください（濁点・半濁点も1文字と数えます）。');
    expect(await db.models.RefundAccount.count({ where: { businessCode: m.businessCode } })).toBe(0);

    expect((await postForm('/member/refund-account', { ...account, bankName: 'OCCTO銀行', branchName: 'Tokyo 1' }, { cookie })).status).toBe(303);
    const saved = await db.models.RefundAccount.findOne({ where: { businessCode: m.businessCode } });
    expect([saved?.bankName, saved?.branchName]).toEqual(['ＯＣＣＴＯ銀行', 'Ｔｏｋｙｏ　１']);
  });

  it('lets a 担当者 without 容量市場 read only, and is not there for members it does not concern', async () => {
    const m = await createMemberWithAdmin(db);
    const reader = await createPersonInCharge(db, m.businessCode, { profile: { duties: ['総会'] } });
    const readerCookie = await memberCookie(m.businessCode, reader.userId, reader.password);
    expect(await (await getWithCookie('/member/refund-account', readerCookie)).text()).toContain('管理者または担当業務「容量市場」のユーザが行えます');
    expect((await postForm('/member/refund-account', account, { cookie: readerCookie })).status).toBe(403);
    const inCharge = await createPersonInCharge(db, m.businessCode, { profile: { duties: ['容量市場'] } });
    expect((await postForm('/member/refund-account', account, { cookie: await memberCookie(m.businessCode, inCharge.userId, inCharge.password) })).status).toBe(303);

    const generator = await createMemberWithAdmin(db);
    await db.models.Member.update({ company: { ...sampleCompany(generator.companyName), businessTypes: ['発電'] } }, { where: { businessCode: generator.businessCode } });
    const cookie = await memberCookie(generator.businessCode, generator.userId, generator.password);
    expect((await getWithCookie('/member/refund-account', cookie)).status).toBe(404);
    expect(await (await getWithCookie('/member', cookie)).text()).not.toContain('容量市場口座情報等');
  });
});

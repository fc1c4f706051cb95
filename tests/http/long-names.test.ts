// A 管理者 whose 姓 and 名 are as long as the forms allow (50 characters each) is recorded as who
// did each action (`user:<ユーザID> <姓> <名>`, 113 characters) without the action failing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, getWithCookie, memberCookie, randomCode } from '../support/auth';
import { postForm } from '../support/http';
import { changeFormEntries, currentData, knownAdmin, postEntries } from '../support/member-changes';
import { testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/** The hidden fields of the form on a page (a form id, when the form carries one), as the browser sends them. */
async function hiddenFields(pathname: string, cookie: string): Promise<Record<string, string>> {
  const html = await (await getWithCookie(pathname, cookie)).text();
  return Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string]));
}

describe('a 管理者 with 50-character 姓 and 名', () => {
  it('registers 容量市場口座情報等, a 担当者 and 会員情報変更申請, each recorded with the full name', async () => {
    const admin = knownAdmin({ lastName: '長'.repeat(50), firstName: '名'.repeat(50) });
    const m = await createMemberWithAdmin(db, { admin });
    const cookie = await memberCookie(m.businessCode, m.userId, m.password);
    const actor = `user:${m.userId} ${admin.lastName} ${admin.firstName}`;

    const account = { bankName: '広域銀行', bankCode: '0001', branchName: '本店営業部', branchCode: '100', accountType: '普通', accountNumber: '1234567', holderKana: 'ｺｳｲｷﾃﾞﾝﾘｮｸ' };
    expect((await postForm('/member/refund-account', account, { cookie })).status).toBe(303);
    expect((await db.models.RefundAccount.findOne({ where: { businessCode: m.businessCode } }))?.registeredBy).toBe(actor);

    const email = uniqueEmail('tanto');
    const tanto = { userId: randomCode(6).toLowerCase(), duties: '総会', department: '総務部 主任', lastName: '山本', firstName: '浩紀', lastNameKana: 'ヤマモト', firstNameKana: 'ヒロキ', email, emailConfirmation: email, phone: '03-3333-1234', note: '' };
    expect((await postForm('/member/users', { ...(await hiddenFields('/member/users/new', cookie)), ...tanto }, { cookie })).status).toBe(303);

    const adminChange = currentData(m.companyName, { ...admin, phone: '03-9999-0000' });
    expect((await postEntries('/member/changes', changeFormEntries(adminChange, randomUUID()), cookie)).status).toBe(303);
    const companyChange = currentData(m.companyName, { ...admin, phone: '03-9999-0000' });
    companyChange.company.phone = '03-5555-6666';
    const requestId = randomUUID();
    expect((await postEntries('/member/changes', changeFormEntries(companyChange, requestId), cookie)).status).toBe(303);
    expect((await db.models.ChangeRequest.findByPk(requestId))?.submittedBy).toBe(actor);
    const events = await db.models.ChangeRequestEvent.findAll({ where: { requestId } });
    expect(events.map((e) => e.actor)).toContain(actor);

    const entries = await db.models.MemberAuditEntry.findAll({ where: { businessCode: m.businessCode } });
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['refund_account_registered', 'user_added', 'administrator_changed']));
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set([actor]));
  });
});

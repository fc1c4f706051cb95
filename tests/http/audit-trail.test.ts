// The audit trail of member data, read by staff: who, when, what (before / after) and through
// which request; members never reach it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createStaffAccount, getWithCookie, memberCookie, staffCookie } from '../support/auth';
import { changeFormEntries, currentData, knownAdmin, postEntries } from '../support/member-changes';
import { testDatabase } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

describe('会員情報変更履歴（監査証跡）', () => {
  it('shows staff each change with its author, fields before and after, and request; filtered by 事業者コード', async () => {
    const admin = knownAdmin();
    const m = await createMemberWithAdmin(db, { admin });
    const other = await createMemberWithAdmin(db);
    const cookie = await memberCookie(m.businessCode, m.userId, m.password);
    const requestId = randomUUID();
    const data = currentData(m.companyName, { ...admin, department: '経営企画部 部長' });
    expect((await postEntries('/member/changes', changeFormEntries(data, requestId), cookie)).status).toBe(303);

    const account = await createStaffAccount(db);
    const staff = await staffCookie(account.loginId, account.password);
    const response = await getWithCookie(`/staff/audit?businessCode=${m.businessCode.toLowerCase()}`, staff);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>会員情報変更履歴（監査証跡）</h1>');
    expect(html).toContain('<td>管理者情報変更</td>');
    expect(html).toContain(`<td>${m.userId} 山田 太郎</td>`);
    expect(html).toMatch(/管理者① 所属・役職: 「総務部.課長」 → 「経営企画部　部長」/);
    expect(html).toContain(`href="/staff/changes/${requestId}"`);
    expect(html).not.toContain(`<td>${other.businessCode}</td>`);
    expect(await (await getWithCookie('/staff', staff)).text()).toContain('href="/staff/audit"');

    const asMember = await getWithCookie('/staff/audit', cookie);
    expect(asMember.status).toBe(303);
    expect(asMember.headers.get('location')).toBe('/staff/login');
  });
});

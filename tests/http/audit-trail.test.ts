// The audit trail of member data, read by staff: who, when, what (before / after) and through
// which request; members never reach it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, getWithCookie, memberCookie, randomCode, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { mailsTo, waitForMail, type InboxMail } from '../support/mail-inbox';
import { changeFormEntries, currentData, knownAdmin, postEntries } from '../support/member-changes';
import { testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

async function mailWithSubject(address: string, subject: string): Promise<InboxMail> {
  for (let deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const mail = (await mailsTo(address)).find((m) => m.subject.includes(subject));
    if (mail) return mail;
  }
  throw new Error(`no mail 「${subject}」 to ${address}`);
}

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
    // Typed with the Japanese input mode on: the same member, not every member.
    const fullWidth = [...m.businessCode].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    const typedWide = await (await getWithCookie(`/staff/audit?businessCode=${encodeURIComponent(fullWidth)}`, staff)).text();
    expect(typedWide).toContain(`value="${m.businessCode}"`);
    expect(typedWide).toContain('<td>管理者情報変更</td>');
    expect(typedWide).not.toContain(`<td>${other.businessCode}</td>`);
    expect(await (await getWithCookie('/staff', staff)).text()).toContain('href="/staff/audit"');

    const asMember = await getWithCookie('/staff/audit', cookie);
    expect(asMember.status).toBe(303);
    expect(asMember.headers.get('location')).toBe('/staff/login');
  });

  it('shows ユーザ管理 by a 管理者: 担当者登録, 担当者変更, 担当者削除 and パスワード初期化, without the password', async () => {
    const m = await createMemberWithAdmin(db);
    const cookie = await memberCookie(m.businessCode, m.userId, m.password);
    const userId = randomCode(6).toLowerCase();
    const email = uniqueEmail('audit-tanto');
    const form = { requestId: randomUUID(), userId, duties: '総会', department: '総務部 主任', lastName: '山本', firstName: '浩紀', lastNameKana: 'ヤマモト', firstNameKana: 'ヒロキ', email, emailConfirmation: email, phone: '03-3333-1234', note: '' };
    expect((await postForm('/member/users', form, { cookie })).status).toBe(303);
    const { userId: _fixed, ...fields } = form;
    expect((await postForm(`/member/users/${userId}`, { ...fields, department: '経理部 課長', duties: '総会,会費' }, { cookie })).status).toBe(303);
    await waitForMail(email);
    expect((await postForm(`/member/users/${userId}/password-reset`, { requestId: randomUUID() }, { cookie })).status).toBe(303);
    const resetMail = await mailWithSubject(email, 'パスワード初期化');
    expect((await postForm(`/member/users/${userId}/delete`, {}, { cookie })).status).toBe(303);

    const entries = await db.models.MemberAuditEntry.findAll({ where: { businessCode: m.businessCode }, order: [['id', 'ASC']] });
    expect(entries.map((e) => e.action)).toEqual(['user_added', 'user_changed', 'password_reset', 'user_deleted']);
    expect(new Set(entries.map((e) => e.actor))).toEqual(new Set([`user:${m.userId} 山田 太郎`]));
    expect(entries.every((e) => e.requestId === null)).toBe(true);
    const password = /パスワード: (\S+)/.exec(resetMail.text)?.[1] ?? '';
    expect(password).not.toBe('');
    expect(JSON.stringify(entries.map((e) => e.changes))).not.toContain(password);

    const account = await createStaffAccount(db);
    const staff = await staffCookie(account.loginId, account.password);
    const html = await (await getWithCookie(`/staff/audit?businessCode=${m.businessCode}`, staff)).text();
    for (const action of ['担当者登録', '担当者変更', 'パスワード初期化', '担当者削除']) expect(html).toContain(`<td>${action}</td>`);
    expect(html).toContain(`<td>${m.userId} 山田 太郎</td>`);
    expect(html).toContain(`担当者 ユーザID: 「」 → 「${userId}」`);
    expect(html).toContain('担当者 氏名（姓）: 「」 → 「山本」');
    expect(html).toMatch(new RegExp(`担当者 ${userId}（山本 浩紀） 所属・役職: 「総務部.主任」 → 「経理部.課長」`));
    expect(html).toContain(`担当者 ${userId}（山本 浩紀） 担当業務: 「総会」 → 「総会・会費」`);
    expect(html).not.toContain(`担当者 ${userId}（山本 浩紀） 氏名（姓）`);
    expect(html).toContain(`担当者 ${userId}（山本 浩紀） パスワード: 「」 → 「初期化」`);
    expect(html).toContain(`担当者 ユーザID: 「${userId}」 → 「」`);
    expect(html).toContain('担当者 氏名: 「山本 浩紀」 → 「」');
  });

  it('records パスワード初期化 of the other 管理者 under its role, and nothing for a repeated form', async () => {
    const m = await createMemberWithAdmin(db);
    const cookie = await memberCookie(m.businessCode, m.userId, m.password);
    const tanto = await createPersonInCharge(db, m.businessCode, { profile: { lastName: '田中', firstName: '一郎' } });
    await db.models.User.update({ role: 'administrator', adminSlot: 2 }, { where: { businessCode: m.businessCode, userId: tanto.userId } });
    const requestId = randomUUID();
    for (let i = 0; i < 2; i++) {
      expect((await postForm(`/member/users/${tanto.userId}/password-reset`, { requestId }, { cookie })).status).toBe(303);
    }
    const entries = await db.models.MemberAuditEntry.findAll({ where: { businessCode: m.businessCode } });
    expect(entries.map((e) => [e.action, e.changes])).toEqual([
      ['password_reset', [{ label: `管理者 ${tanto.userId}（田中 一郎） パスワード`, before: '', after: '初期化' }]],
    ]);
  });

  it('says when older entries than those shown exist, and how to reach them', async () => {
    const m = await createMemberWithAdmin(db);
    const at = (n: number) => new Date(Date.UTC(2000, 0, 1, 0, 0, n));
    await db.models.MemberAuditEntry.bulkCreate(
      Array.from({ length: 501 }, (_, n) => ({ businessCode: m.businessCode, actor: 'staff:audit-volume', action: 'company_changed' as const, requestId: null, changes: [{ label: '会社名', before: `${n}`, after: `${n + 1}` }], occurredAt: at(n) })),
    );
    const account = await createStaffAccount(db);
    const staff = await staffCookie(account.loginId, account.password);
    const html = await (await getWithCookie(`/staff/audit?businessCode=${m.businessCode}`, staff)).text();
    expect(html).toContain('<p role="status">新しい順に500件まで表示しています。</p>');
    expect(await (await getWithCookie('/staff/audit', staff)).text()).toContain('新しい順に500件まで表示しています。それより前の履歴は、事業者コードで絞り込んでご覧ください。');
    expect(html.match(/<tr><td>/g)).toHaveLength(500);
    // The oldest entry is the one left out.
    expect(html).toContain('会社名: 「500」 → 「501」');
    expect(html).not.toContain('会社名: 「0」 → 「1」');
  });
});

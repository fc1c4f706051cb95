// 第2章 ログイン over HTTP: the form, one neutral message, sessions, ended memberships, staff login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { endSessionsOfMember } from '../../db/repositories/sessions';
import { LOGIN_FAILED } from '../../server/routes/member/login';
import { STAFF_LOGIN_FAILED } from '../../server/routes/staff/login';
import { createMemberWithAdmin, createStaffAccount, getWithCookie, memberCookie, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { testConfig, testDatabase, webUrl } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/**
 * Sends 3 × LOGIN_LOCK_THRESHOLD wrong passwords at once: each gets the neutral message, and the
 * account ends locked (tests/db/login-lockout.test.ts shows that only the threshold were evaluated).
 * The lock then ends by itself (LOGIN_LOCK_DURATION is 2s in this run) and the right password logs in.
 */
async function floodAndOutlastLock(path: string, fields: Record<string, string>, lockedUntil: () => Promise<Date | null | undefined>, message: string) {
  const started = Date.now();
  const flood = await Promise.all(
    Array.from({ length: 3 * testConfig().auth.lockThreshold }, (_, i) => postForm(path, { ...fields, password: `Wrong-pass${i}` })),
  );
  for (const response of flood) {
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(message);
  }
  const until = (await lockedUntil())?.getTime() ?? 0;
  expect(until).toBeGreaterThanOrEqual(started);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now() + 200)));
}

describe('member ログイン', () => {
  it.each(['/login', '/'])('shows the manual labels, the ログイン button and the forgotten-password link at %s', async (path) => {
    const html = await (await fetch(webUrl(path))).text();
    expect(html).toContain('<h1>ログイン</h1>');
    expect(html).toContain('<form hx-boost="true" method="post" action="/login" novalidate="">');
    for (const label of ['事業者コード', 'ユーザID', 'パスワード']) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('<button type="submit">ログイン</button>');
    expect(html).toContain('<a href="/password/forgot">ID／パスワードを忘れた方はこちら</a>');
  });

  it('logs in, shows the header of the manual and a session cookie of the right kind', async () => {
    const member = await createMemberWithAdmin(db);
    const response = await postForm('/login', { businessCode: member.businessCode, userId: member.userId, password: member.password });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/member');
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/occto_session=[a-z2-7]{32}; Path=\/; HttpOnly; SameSite=Lax/);
    expect(setCookie).not.toContain('Secure');
    const cookie = setCookie.split(';')[0] as string;
    const page = await getWithCookie('/member', cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(member.companyName);
    expect(html).toContain('前回ログイン日時：');
    expect(html).toContain('ユーザ情報変更');
    expect(html).toContain('<button type="submit">ログアウト</button>');
    // Only the SHA-256 of the token is stored.
    const token = cookie.split('=')[1] as string;
    expect(await db.models.Session.findByPk(token)).toBeNull();
  });

  it('gives one neutral message for a wrong password, an unknown user and an unknown member', async () => {
    const member = await createMemberWithAdmin(db);
    const attempts = [
      { businessCode: member.businessCode, userId: member.userId, password: `${member.password}x` },
      { businessCode: member.businessCode, userId: 'zzzzz9', password: member.password },
      { businessCode: 'ZZZ9', userId: member.userId, password: member.password },
    ];
    const bodies: string[] = [];
    for (const attempt of attempts) {
      const response = await postForm('/login', attempt);
      expect(response.status).toBe(422);
      bodies.push((await response.text()).replace(/value="[^"]*"/g, ''));
    }
    expect(bodies[0]).toContain('事業者コード、ユーザID、またはパスワードが正しくありません。');
    expect(new Set(bodies).size).toBe(1);
  });

  it('keeps the entered values (never the password) and explains format errors', async () => {
    const response = await postForm('/login', { businessCode: 'AB', userId: 'abc001', password: 'secret-value' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('事業者コードは4桁の半角英数字で入力してください。');
    expect(html).toContain('value="abc001"');
    expect(html).not.toContain('secret-value');
  });

  it('tells the users of an ended membership why they cannot log in, only after the right password', async () => {
    const member = await createMemberWithAdmin(db, { status: 'withdrawn' });
    const right = await postForm('/login', { businessCode: member.businessCode, userId: member.userId, password: member.password });
    expect(right.status).toBe(403);
    expect(await right.text()).toContain('会員資格が終了しているため');
    const wrong = await postForm('/login', { businessCode: member.businessCode, userId: member.userId, password: 'Wrong-pass1' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).not.toContain('会員資格が終了');
  });

  it('ends every session of the member when its membership ends, and says why', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    await db.models.Member.update({ status: 'succeeded', endedAt: new Date() }, { where: { businessCode: member.businessCode } });
    await endSessionsOfMember(db, member.businessCode);
    const users = await db.models.User.findAll({ where: { businessCode: member.businessCode } });
    expect(await db.models.Session.count({ where: { userId: users.map((u) => u.id) } })).toBe(0);
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/login?ended');
    expect(await (await fetch(webUrl('/login?ended'))).text()).toContain('会員資格が終了しているため');
  });

  it('ends the session at ログアウト', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    const logout = await postForm('/member/logout', {}, { cookie });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/login?logout');
    const after = await getWithCookie('/member', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/login');
  });

  it('locks at a flood of parallel wrong passwords with the neutral message, until the lock ends', async () => {
    const member = await createMemberWithAdmin(db);
    const lockedUntil = async () => (await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: member.userId } }))?.lockedUntil;
    await floodAndOutlastLock('/login', { businessCode: member.businessCode, userId: member.userId }, lockedUntil, LOGIN_FAILED);
    expect((await postForm('/login', { businessCode: member.businessCode, userId: member.userId, password: member.password })).status).toBe(303);
  });
});

describe('staff ログイン', () => {
  it('logs in to /staff and out again; anonymous requests go to /staff/login', async () => {
    const anonymous = await getWithCookie('/staff', '');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/staff/login');

    const staff = await createStaffAccount(db);
    const cookie = await staffCookie(staff.loginId, staff.password);
    const dashboard = await getWithCookie('/staff', cookie);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('本機関メニュー');

    await postForm('/staff/logout', {}, { cookie });
    expect((await getWithCookie('/staff', cookie)).status).toBe(303);
  });

  it('refuses a wrong password with a neutral message', async () => {
    const staff = await createStaffAccount(db);
    const response = await postForm('/staff/login', { loginId: staff.loginId, password: 'Wrong-pass1' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('ログインIDまたはパスワードが正しくありません。');
  });

  it('locks at a flood of parallel wrong passwords with the neutral message, until the lock ends', async () => {
    const staff = await createStaffAccount(db);
    const lockedUntil = async () => (await db.models.StaffUser.findOne({ where: { loginId: staff.loginId } }))?.lockedUntil;
    await floodAndOutlastLock('/staff/login', { loginId: staff.loginId }, lockedUntil, STAFF_LOGIN_FAILED);
    expect((await postForm('/staff/login', { loginId: staff.loginId, password: staff.password })).status).toBe(303);
  });
});

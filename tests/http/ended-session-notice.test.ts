// A session ended by someone or something else than its owner's ログアウト: the owner's next page
// leads to ログイン with why (once), instead of a bare ログイン.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { setPassword } from '../../db/repositories/credentials';
import { deletePersonInCharge, voidPasswordForReset } from '../../db/repositories/users';
import { hashSecretToken } from '../../domain/secret-token';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, getWithCookie, memberCookie, staffCookie } from '../support/auth';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/** A 担当者 logged in over HTTP, with its user row. */
async function loggedInPersonInCharge() {
  const member = await createMemberWithAdmin(db);
  const person = await createPersonInCharge(db, member.businessCode);
  const cookie = await memberCookie(member.businessCode, person.userId, person.password);
  const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: person.userId } });
  if (!user) throw new Error('no 担当者 row');
  return { member, cookie, user };
}

/** The next member page leads to the ログイン page that says `notice`; asked again, to the bare ログイン. */
async function expectToldOnce(cookie: string, loginPath: string, notice: string, page = '/member') {
  const first = await getWithCookie(page, cookie);
  expect(first.status).toBe(303);
  const location = first.headers.get('location') ?? '';
  expect(location).toMatch(new RegExp(`^${loginPath}\\?[a-z]+$`));
  const html = await (await fetch(webUrl(location))).text();
  expect(html).toContain(notice);
  expect(html).toContain('role="status"');
  expect((await getWithCookie(page, cookie)).headers.get('location')).toBe(loginPath);
}

describe('a session that ended while its owner was logged in', () => {
  it('says that the user was deleted by the 管理者', async () => {
    const { member, cookie, user } = await loggedInPersonInCharge();
    expect(await deletePersonInCharge(db, user, `${member.businessCode}/${member.userId}`)).toBe(true);
    await expectToldOnce(cookie, '/login', 'ユーザ情報が削除されたため、ログアウトしました。');
  });

  it('says that the 管理者 initialised the password, and where the new one is', async () => {
    const { member, cookie, user } = await loggedInPersonInCharge();
    expect(await voidPasswordForReset(db, user, `${member.businessCode}/${member.userId}`)).toBe(true);
    await expectToldOnce(cookie, '/login', '管理者によりパスワードが初期化されたため、ログアウトしました。メールでお知らせした新しいパスワードでログインしてください。');
  });

  it('says that the password was changed elsewhere', async () => {
    const { cookie, user } = await loggedInPersonInCharge();
    await setPassword(db, { kind: 'user', id: user.id }, 'Changed-Elsewhere1', { mustChange: false });
    await expectToldOnce(cookie, '/login', 'パスワードが変更されたため、ログアウトしました。');
  });

  it('says that the idle period passed', async () => {
    const { cookie } = await loggedInPersonInCharge();
    const token = decodeURIComponent(cookie.split('=')[1] ?? '');
    await db.models.Session.update({ expiresAt: new Date(Date.now() - 1_000) }, { where: { id: hashSecretToken(token) } });
    await expectToldOnce(cookie, '/login', '一定時間操作がなかったため、ログアウトしました。');
  });

  it('tells staff that their password was changed elsewhere', async () => {
    const account = await createStaffAccount(db);
    const cookie = await staffCookie(account.loginId, account.password);
    const staff = await db.models.StaffUser.findOne({ where: { loginId: account.loginId } });
    await setPassword(db, { kind: 'staff', id: staff?.id ?? 0 }, 'Changed-Elsewhere1', { mustChange: false });
    await expectToldOnce(cookie, '/staff/login', 'パスワードが変更されたため、ログアウトしました。', '/staff');
  });

  it('keeps no reason for a cookie that never had a session, and none older than a day', async () => {
    expect((await getWithCookie('/member', 'occto_session=abcdefghijklmnopqrstuvwxyz234567')).headers.get('location')).toBe('/login');
    const { cookie, user } = await loggedInPersonInCharge();
    await setPassword(db, { kind: 'user', id: user.id }, 'Changed-Elsewhere1', { mustChange: false });
    const token = decodeURIComponent(cookie.split('=')[1] ?? '');
    await db.sequelize.query("UPDATE ended_sessions SET expires_at = now() - interval '1 second' WHERE id = :id", { replacements: { id: hashSecretToken(token) } });
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/login');
  });
});

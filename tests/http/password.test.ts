// 第2章 password rules over HTTP: forced change (initial, reset, 90 days), history, lockout and its
// end, the forgotten-password link (once, in time), and the end of sessions on each event.
import { Op } from 'sequelize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, getWithCookie, memberCookie, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { firstUrl, mailsTo, waitForMail } from '../support/mail-inbox';
import { testDatabase } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

function login(member: { businessCode: string; userId: string }, password: string) {
  return postForm('/login', { businessCode: member.businessCode, userId: member.userId, password });
}

function change(cookie: string, currentPassword: string, newPassword: string, path = '/member/password') {
  return postForm(path, { currentPassword, newPassword, newPasswordConfirmation: newPassword }, { cookie });
}

function cookieOf(response: Response): string {
  return (response.headers.getSetCookie().find((c) => c.startsWith('occto_')) ?? '').split(';')[0] as string;
}

describe('forced パスワード変更', () => {
  it('comes before anything else after an initial password, and only then the menu', async () => {
    const member = await createMemberWithAdmin(db, { mustChangePassword: true });
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    for (const path of ['/member', '/member/users', '/member/profile']) {
      const response = await getWithCookie(path, cookie);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/member/password');
    }
    const page = await (await getWithCookie('/member/password', cookie)).text();
    expect(page).toContain('パスワードを変更してください');
    expect(page).toContain('>新しいパスワード</label>');

    const changed = await change(cookie, member.password, 'Newpass-2024');
    expect(changed.status).toBe(303);
    // The change was the login's last step: on to メニュー, which says it happened.
    expect(changed.headers.get('location')).toBe('/member?done=password');
    const menu = await getWithCookie('/member?done=password', cookieOf(changed));
    expect(menu.status).toBe(200);
    expect(await menu.text()).toContain('<h1>メニュー</h1><p class="panel done" role="status" tabindex="-1" autofocus="">パスワードを変更しました。</p>');
  });

  it('comes first when the password is 90 days old', async () => {
    const member = await createMemberWithAdmin(db);
    await db.models.User.update({ passwordChangedAt: new Date(Date.now() - 91 * 86_400_000) }, { where: { businessCode: member.businessCode } });
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    const response = await getWithCookie('/member', cookie);
    expect(response.headers.get('location')).toBe('/member/password');
    expect(await (await getWithCookie('/member/password', cookie)).text()).toContain('パスワードの有効期限が切れました');
  });

  it('applies to staff accounts too', async () => {
    const staff = await createStaffAccount(db, { mustChangePassword: true });
    const cookie = await staffCookie(staff.loginId, staff.password);
    expect((await getWithCookie('/staff', cookie)).headers.get('location')).toBe('/staff/password');
    const changed = await change(cookie, staff.password, 'Staffpass-2024', '/staff/password');
    expect(changed.status).toBe(303);
    expect(changed.headers.get('location')).toBe('/staff?done=password');
    const dashboard = await getWithCookie('/staff?done=password', cookieOf(changed));
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('パスワードを変更しました。');
  });
});

describe('パスワード変更 rules', () => {
  it('refuses each broken rule with the message beside the field, changing nothing', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    const cases: [string, string][] = [
      ['Ab1+', '8文字以上'],
      ['abcdefgh1', '3つ以上を組み合わせて'],
      ['Abcdefg1!', '使用できない文字'],
    ];
    for (const [password, message] of cases) {
      const response = await change(cookie, member.password, password);
      expect(response.status).toBe(422);
      expect(await response.text()).toContain(message);
    }
    const wrongCurrent = await change(cookie, 'Not-the-1', 'Fresh-pass1');
    expect(wrongCurrent.status).toBe(422);
    expect(await wrongCurrent.text()).toContain('現在のパスワードが正しくありません。');
    expect((await login(member, member.password)).status).toBe(303);
  });

  it('refuses the last 3 passwords and accepts the 4th one back', async () => {
    const member = await createMemberWithAdmin(db, { password: 'First-pass1' });
    let cookie = await memberCookie(member.businessCode, member.userId, 'First-pass1');
    const sequence = ['First-pass1', 'Second-pass2', 'Third-pass3', 'Fourth-pass4'];
    for (let i = 1; i < sequence.length; i++) {
      const response = await change(cookie, sequence[i - 1] as string, sequence[i] as string);
      expect(response.status).toBe(303);
      cookie = cookieOf(response);
    }
    for (const reused of ['Fourth-pass4', 'Third-pass3', 'Second-pass2']) {
      const response = await change(cookie, 'Fourth-pass4', reused);
      expect(response.status).toBe(422);
      expect(await response.text()).toContain('過去3世代前までに使用したものと同じパスワードには変更できません。');
    }
    expect((await change(cookie, 'Fourth-pass4', 'First-pass1')).status).toBe(303);
  });

  it('counts the user own passwords only: a パスワード初期化 takes none of the 3 generations', async () => {
    const admin = await createMemberWithAdmin(db);
    const adminCookie = await memberCookie(admin.businessCode, admin.userId, admin.password);
    const tanto = await createPersonInCharge(db, admin.businessCode, { password: 'First-pass1' });
    let cookie = await memberCookie(admin.businessCode, tanto.userId, 'First-pass1');
    const own = ['First-pass1', 'Second-pass2', 'Third-pass3', 'Fourth-pass4'];
    for (let i = 1; i < own.length; i++) cookie = cookieOf(await change(cookie, own[i - 1] as string, own[i] as string));

    const reset = await postForm(`/member/users/${tanto.userId}/password-reset`, { requestId: crypto.randomUUID() }, { cookie: adminCookie });
    expect(reset.status).toBe(303);
    const temporary = /パスワード: (\S+)/.exec((await waitForMail(tanto.email)).text)?.[1] as string;
    cookie = await memberCookie(admin.businessCode, tanto.userId, temporary);
    // Fourth, Third and Second are the last 3 the user chose; the mailed one is current.
    for (const reused of ['Second-pass2', temporary]) {
      const response = await change(cookie, temporary, reused);
      expect(response.status, reused).toBe(422);
      expect(await response.text()).toContain('過去3世代前までに使用したものと同じパスワードには変更できません。');
    }
    expect((await change(cookie, temporary, 'First-pass1')).status).toBe(303);
  });

  it('ends every other session of the user and keeps this one', async () => {
    const member = await createMemberWithAdmin(db);
    const other = await memberCookie(member.businessCode, member.userId, member.password);
    const mine = await memberCookie(member.businessCode, member.userId, member.password);
    const changed = await change(mine, member.password, 'Changed-pass9');
    expect((await getWithCookie('/member', other)).status).toBe(303);
    expect((await getWithCookie('/member', mine)).status).toBe(303);
    expect((await getWithCookie('/member', cookieOf(changed))).status).toBe(200);
  });
});

describe('lockout', () => {
  it('locks after 5 failures, refuses even the right password meanwhile, and ends by itself', async () => {
    const member = await createMemberWithAdmin(db);
    for (let i = 0; i < 5; i++) expect((await login(member, `Wrong-pass${i}`)).status).toBe(422);
    const locked = await login(member, member.password);
    expect(locked.status).toBe(422);
    expect(await locked.text()).toContain('事業者コード、ユーザID、またはパスワードが正しくありません。');
    const user = await db.models.User.findOne({ where: { businessCode: member.businessCode } });
    const until = user?.lockedUntil?.getTime() ?? 0;
    expect(until).toBeGreaterThan(Date.now() - 5_000);
    // LOGIN_LOCK_DURATION is 2s in this run; wait until the lock has passed, then log in.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now() + 200)));
    expect((await login(member, member.password)).status).toBe(303);
  });

  it('counts wrong current passwords on パスワード変更: the guess that locks ends the session', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    for (let i = 0; i < 4; i++) {
      const wrong = await change(cookie, `Wrong-pass${i}`, 'Newpass-2024');
      expect(wrong.status).toBe(422);
      expect(await wrong.text()).toContain('現在のパスワードが正しくありません。');
    }
    const fifth = await change(cookie, 'Wrong-pass4', 'Newpass-2024');
    expect([fifth.status, fifth.headers.get('location')]).toEqual([303, '/login?locked']);
    // Another tab of the same session learns why, once.
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/login?locked');
    expect((await getWithCookie('/member', cookie)).headers.get('location')).toBe('/login');
    expect(await (await getWithCookie('/login?locked', '')).text()).toContain('現在のパスワードを続けて誤ったため、ログアウトしました。');
    expect((await login(member, member.password)).status).toBe(422);
    expect(await db.models.Session.count({ where: { userId: (await db.models.User.findOne({ where: { businessCode: member.businessCode } }))?.id ?? 0 } })).toBe(0);
  });

  it('does not extend the lock with failures during it', async () => {
    const member = await createMemberWithAdmin(db);
    for (let i = 0; i < 5; i++) await login(member, `Wrong-pass${i}`);
    const before = (await db.models.User.findOne({ where: { businessCode: member.businessCode } }))?.lockedUntil;
    for (let i = 0; i < 3; i++) await login(member, `Wrong-again${i}`);
    const after = (await db.models.User.findOne({ where: { businessCode: member.businessCode } }))?.lockedUntil;
    expect(after?.getTime()).toBe(before?.getTime());
  });
});

describe('ID／パスワードを忘れた方はこちら', () => {
  async function requestLink(fields: { businessCode: string; userId: string; email: string }) {
    const form = await (await postForm('/password/forgot', { requestId: 'x', ...fields })).text();
    expect(form).toContain('画面の有効期限が切れました');
    const requestId = crypto.randomUUID();
    return postForm('/password/forgot', { requestId, ...fields });
  }

  it('gives the same answer for unknown accounts and sends nothing', async () => {
    const member = await createMemberWithAdmin(db);
    const known = await requestLink({ businessCode: member.businessCode, userId: member.userId, email: 'someone-else@example.co.jp' });
    const unknown = await requestLink({ businessCode: 'QQQ9', userId: 'qqqqq9', email: member.email });
    expect(known.status).toBe(303);
    expect(unknown.status).toBe(303);
    expect(known.headers.get('location')).toBe(unknown.headers.get('location'));
    // A request that does send, made after both: once its mail is in, one of theirs would be too.
    expect((await requestLink({ businessCode: member.businessCode, userId: member.userId, email: member.email })).status).toBe(303);
    await waitForMail(member.email);
    const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: member.userId } });
    expect(await db.models.PasswordResetToken.count({ where: { userId: user?.id ?? 0 } })).toBe(1);
    expect(await db.models.SentMail.count({ where: { idempotencyKey: { [Op.like]: `password-reset-link:%:${user?.id ?? 0}` } } })).toBe(1);
    expect(await mailsTo(member.email)).toHaveLength(1);
  });

  it('names the ユーザID when it is left empty: each user of the member at that address gets a link', async () => {
    const member = await createMemberWithAdmin(db);
    const colleague = await createPersonInCharge(db, member.businessCode, { profile: { email: member.email.toUpperCase() } });
    const other = await createPersonInCharge(db, member.businessCode);
    const elsewhere = await createMemberWithAdmin(db, { admin: { email: member.email } });
    expect((await requestLink({ businessCode: member.businessCode, userId: '', email: member.email })).status).toBe(303);
    const deadline = Date.now() + 20_000;
    let mails = await mailsTo(member.email);
    while (mails.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      mails = await mailsTo(member.email);
    }
    const named = mails.map((mail) => /ユーザID: (\w+)/.exec(mail.text)?.[1]).sort();
    expect(named).toEqual([member.userId, colleague.userId].sort());
    expect(named).not.toContain(elsewhere.userId);
    for (const mail of mails) expect(firstUrl(mail.text)).toMatch(/\/password\/reset\/[a-z2-7]{32}$/);
    expect(await mailsTo(other.email)).toHaveLength(0);
  });

  it('mails a link that sets a new password once, ends sessions, and is refused the second time', async () => {
    const member = await createMemberWithAdmin(db);
    const session = await memberCookie(member.businessCode, member.userId, member.password);
    expect((await requestLink({ businessCode: member.businessCode, userId: member.userId, email: member.email.toUpperCase() })).status).toBe(303);
    const link = firstUrl((await waitForMail(member.email)).text);
    expect(link).toMatch(/\/password\/reset\/[a-z2-7]{32}$/);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const weak = await postForm(new URL(link).pathname, { newPassword: 'weak', newPasswordConfirmation: 'weak' });
    expect(weak.status).toBe(422);
    const reused = await postForm(new URL(link).pathname, { newPassword: member.password, newPasswordConfirmation: member.password });
    expect(await reused.text()).toContain('過去3世代前まで');

    const done = await postForm(new URL(link).pathname, { newPassword: 'Reset-pass77', newPasswordConfirmation: 'Reset-pass77' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/login?reset');
    expect((await getWithCookie('/member', session)).status).toBe(303);
    expect((await login(member, 'Reset-pass77')).status).toBe(303);
    expect((await login(member, member.password)).status).toBe(422);

    const again = await fetch(link);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('このURLは無効です');
    expect((await postForm(new URL(link).pathname, { newPassword: 'Other-pass88', newPasswordConfirmation: 'Other-pass88' })).status).toBe(410);
  });

  it('lets no link asked for before outlive a password changed another way', async () => {
    const member = await createMemberWithAdmin(db);
    expect((await requestLink({ businessCode: member.businessCode, userId: member.userId, email: member.email })).status).toBe(303);
    const link = firstUrl((await waitForMail(member.email)).text);
    expect((await fetch(link)).status).toBe(200);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    expect((await change(cookie, member.password, 'Newpass-2024')).status).toBe(303);
    expect((await fetch(link)).status).toBe(410);
    expect((await postForm(new URL(link).pathname, { newPassword: 'Other-pass88', newPasswordConfirmation: 'Other-pass88' })).status).toBe(410);
  });

  it('refuses a link after it expired', async () => {
    const member = await createMemberWithAdmin(db);
    await requestLink({ businessCode: member.businessCode, userId: member.userId, email: member.email });
    const link = firstUrl((await waitForMail(member.email)).text);
    const user = await db.models.User.findOne({ where: { businessCode: member.businessCode } });
    await db.models.PasswordResetToken.update({ expiresAt: new Date(Date.now() - 1_000) }, { where: { userId: user?.id ?? 0 } });
    const late = await fetch(link);
    expect(late.status).toBe(410);
    expect(await late.text()).toContain('有効期限が切れています');
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    const member = await createMemberWithAdmin(db);
    await requestLink({ businessCode: member.businessCode, userId: member.userId, email: member.email });
    const path = new URL(firstUrl((await waitForMail(member.email)).text)).pathname;
    const [a, b] = await Promise.all([
      postForm(path, { newPassword: 'Twice-pass1', newPasswordConfirmation: 'Twice-pass1' }),
      postForm(path, { newPassword: 'Twice-pass2', newPasswordConfirmation: 'Twice-pass2' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 410]);
  });
});

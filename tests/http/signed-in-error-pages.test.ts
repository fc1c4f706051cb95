// 403 and 404 keep the frame of the one who is logged in: the member header (会社名, 氏名,
// 前回ログイン日時, ユーザ情報変更, ログアウト) and メニュー, or the staff console's header and
// 本機関メニュー. Anonymous requests keep the plain page.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, getWithCookie, memberCookie, staffCookie } from '../support/auth';
import { menuBarOf } from '../support/http';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
let companyName: string;
let administrator: string;
let personInCharge: string;
let staff: string;
const STAFF_NAME = '審査 花子';

beforeAll(async () => {
  db = testDatabase();
  const member = await createMemberWithAdmin(db);
  companyName = member.companyName;
  const person = await createPersonInCharge(db, member.businessCode, { profile: { lastName: '担当', firstName: '次郎' } });
  administrator = await memberCookie(member.businessCode, member.userId, member.password);
  personInCharge = await memberCookie(member.businessCode, person.userId, person.password);
  const account = await createStaffAccount(db, { name: STAFF_NAME });
  staff = await staffCookie(account.loginId, account.password);
});
afterAll(() => db.close());

function expectMemberFrame(html: string, name: string): void {
  expect(html).toContain(`<dt>会社名：</dt><dd>${companyName}</dd>`);
  expect(html).toContain(`<dt>氏名：</dt><dd>${name}</dd>`);
  expect(html).toContain('<dt>前回ログイン日時：</dt>');
  expect(html).toContain('<a class="button secondary" href="/member/profile">ユーザ情報変更</a>');
  expect(html).toContain('<button type="submit">ログアウト</button>');
  expect(html).toContain('<a href="/member">メニューへ戻る</a>');
}

describe('a logged-in member', () => {
  it('as 担当者 on a 管理者-only page gets 403 inside the member header and menu bar', async () => {
    const response = await getWithCookie('/member/users', personInCharge);
    expect(response.status).toBe(403);
    const html = await response.text();
    expectMemberFrame(html, '担当 次郎');
    expect(html).toContain('<p role="alert">この機能は管理者のみが使用できます。</p>');
    // The 担当者's own menu: the 管理者 functions are not offered, and no entry is marked.
    expect(menuBarOf(html)).toEqual({ labels: ['メニュー', '会員情報確認', '容量市場口座情報等'], current: [] });
  });

  it('on an unknown address under /member gets 404 inside the member header and menu bar', async () => {
    for (const path of ['/member/nonexistent', `/member/changes/${randomUUID()}`]) {
      const response = await getWithCookie(path, administrator);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expectMemberFrame(html, '山田 太郎');
      expect(html, path).toContain('<h1>ページが見つかりません</h1>');
      expect(menuBarOf(html).labels, path).toContain('ユーザ管理(管理者機能)');
    }
  });
});

describe('a logged-in staff', () => {
  it('on an unknown address under /staff gets 404 inside the console header and 本機関メニュー', async () => {
    for (const path of ['/staff/no-such-page', `/staff/changes/${randomUUID()}`]) {
      const response = await getWithCookie(path, staff);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(`<dt>本機関：</dt><dd>${STAFF_NAME}</dd>`);
      expect(html, path).toContain('<button type="submit">ログアウト</button>');
      expect(html, path).toContain('<nav class="menu-bar" aria-label="本機関メニュー">');
      expect(html, path).toContain('<a href="/staff">本機関メニューへ戻る</a>');
      expect(html, path).toContain('<title>ページが見つかりません（本機関） | 会員情報管理システム</title>');
    }
  });
});

describe('an anonymous visitor', () => {
  it('gets the plain 404 page, back to the top', async () => {
    const response = await fetch(webUrl('/nonexistent'), { redirect: 'manual' });
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<h1>ページが見つかりません</h1>');
    expect(html).toContain('<a href="/">トップへ戻る</a>');
    expect(html).not.toContain('class="member-header"');
    expect(html).not.toContain('class="menu-bar"');
  });

  it('is still sent to ログイン from an unknown member or staff address', async () => {
    for (const [path, login] of [['/member/nonexistent', '/login'], ['/staff/no-such-page', '/staff/login']] as const) {
      const response = await fetch(webUrl(path), { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toBe(login);
    }
  });
});

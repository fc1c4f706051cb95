// メニュー over HTTP: one panel per function the user may use, the same as the menu bar: 管理者 get
// 会員情報変更 and ユーザ管理(管理者機能), 担当者 do not; 容量市場口座情報等 only for the members it concerns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie } from '../support/auth';
import { menuBarOf } from '../support/http';
import { testDatabase } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const panelsOf = (html: string) => [...html.matchAll(/<section class="panel"><h2>([^<]+)<\/h2>/g)].map((match) => match[1]);
const menuBarEntriesOf = (html: string) => menuBarOf(html).labels;
/** The menu bar's entries marked as the page's own (one, or none on pages outside the menu). */
const currentOf = (html: string) => menuBarOf(html).current;

async function menuFor(businessCode: string, userId: string, password: string): Promise<string> {
  const response = await getWithCookie('/member', await memberCookie(businessCode, userId, password));
  expect(response.status).toBe(200);
  return response.text();
}

describe('メニュー', () => {
  it('offers a 管理者 every function, each with its button, as the menu bar does', async () => {
    const member = await createMemberWithAdmin(db);
    const html = await menuFor(member.businessCode, member.userId, member.password);
    const functions = ['会員情報確認', '会員情報変更', '容量市場口座情報等', 'ユーザ管理(管理者機能)'];
    expect(panelsOf(html)).toEqual(functions);
    expect(menuBarEntriesOf(html)).toEqual(['メニュー', ...functions]);
    expect(html).toContain('<a class="button" href="/member/changes">会員情報変更</a>');
    expect(currentOf(html)).toEqual(['メニュー']);
  });

  it('marks in the menu bar the function each page belongs to', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    const expected: [string, string[]][] = [
      ['/member/info', ['会員情報確認']],
      ['/member/changes', ['会員情報変更']],
      ['/member/changes/new', ['会員情報変更']],
      ['/member/changes/history', ['会員情報変更']],
      ['/member/refund-account', ['容量市場口座情報等']],
      ['/member/users', ['ユーザ管理(管理者機能)']],
      ['/member/users/new', ['ユーザ管理(管理者機能)']],
      [`/member/users/${member.userId}`, ['ユーザ管理(管理者機能)']],
      ['/member/profile', []],
    ];
    for (const [path, current] of expected) {
      const response = await getWithCookie(path, cookie);
      expect(response.status, path).toBe(200);
      expect(currentOf(await response.text()), path).toEqual(current);
    }
  });

  it('offers a 担当者 only what 担当者 may use', async () => {
    const member = await createMemberWithAdmin(db);
    const tanto = await createPersonInCharge(db, member.businessCode);
    const html = await menuFor(member.businessCode, tanto.userId, tanto.password);
    expect(panelsOf(html)).toEqual(['会員情報確認', '容量市場口座情報等']);
    expect(menuBarEntriesOf(html)).toEqual(['メニュー', '会員情報確認', '容量市場口座情報等']);
    expect(html).not.toContain('href="/member/users"');
    expect(html).not.toContain('href="/member/changes"');
  });
});

// A step's notice rides in the address it redirects to; a boosted form's page records the address
// without it (HX-Push-Url), so that a reload later does not announce the step again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, memberCookie } from '../support/auth';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
let cookie: string;
beforeAll(async () => {
  db = testDatabase();
  const member = await createMemberWithAdmin(db);
  cookie = await memberCookie(member.businessCode, member.userId, member.password);
});
afterAll(() => db.close());

const get = (path: string, htmx: boolean) => fetch(webUrl(path), { headers: { cookie, ...(htmx ? { 'HX-Request': 'true' } : {}) } });

it('shows the notice and, to htmx, names the address without it', async () => {
  const response = await get('/member/users?deleted=abc123', true);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('ユーザID abc123 を削除しました。');
  expect(response.headers.get('HX-Push-Url')).toBe('/member/users');
});

it('keeps the rest of the address', async () => {
  const response = await get('/member/users?name=%E5%B1%B1%E7%94%B0&updated', true);
  expect(response.headers.get('HX-Push-Url')).toBe('/member/users?name=%E5%B1%B1%E7%94%B0');
});

it('leaves plain requests and addresses without a notice alone', async () => {
  expect((await get('/member/users?deleted=abc123', false)).headers.get('HX-Push-Url')).toBeNull();
  expect((await get('/member/users?name=x', true)).headers.get('HX-Push-Url')).toBeNull();
});

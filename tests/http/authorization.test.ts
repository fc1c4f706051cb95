// The authorisation matrix: every member and staff route × (anonymous, 管理者, 担当者, another
// member's 管理者, staff, a member whose membership ended). Nobody sees or changes what is not
// theirs, and the one user's data (a marker address) shows up for nobody else.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, memberCookie, staffCookie } from '../support/auth';
import { testDatabase, uniqueEmail, webUrl } from '../support/stack';

type Actor = 'anonymous' | 'administrator' | 'personInCharge' | 'otherAdministrator' | 'staff' | 'ended';
/** allowed: the page works (2xx, or 303/422 of its own form); login/staffLogin: sent to log in; 403/404: refused. */
type Expectation = 'allowed' | 'login' | 'staffLogin' | 403 | 404;

interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** What each actor gets. */
  expect: Record<Actor, Expectation>;
}

let db: Database;
const cookies = {} as Record<Actor, string>;
let target: { userId: string; email: string };
/** The 管理者 of the target's member, whose own パスワード初期化 is refused even to himself. */
let ownAdministratorId: string;
/** A 脱退 request of the target's member, for the request pages. */
let requestId: string;
let businessCodeOfTarget: string;

function memberRoute(administratorOnly: boolean, ofTarget: boolean): Record<Actor, Expectation> {
  return {
    anonymous: 'login',
    administrator: 'allowed',
    personInCharge: administratorOnly ? 403 : 'allowed',
    otherAdministrator: ofTarget ? 404 : 'allowed',
    staff: 'login',
    ended: 'login',
  };
}

const staffRoute: Record<Actor, Expectation> = {
  anonymous: 'staffLogin', administrator: 'staffLogin', personInCharge: 'staffLogin', otherAdministrator: 'staffLogin', staff: 'allowed', ended: 'staffLogin',
};

function routes(): Route[] {
  const user = `/member/users/${target.userId}`;
  return [
    { method: 'GET', path: '/member', expect: memberRoute(false, false) },
    { method: 'GET', path: '/member/profile', expect: memberRoute(false, false) },
    { method: 'GET', path: '/member/password', expect: memberRoute(false, false) },
    { method: 'POST', path: '/member/password', expect: memberRoute(false, false) },
    { method: 'GET', path: '/member/users', expect: memberRoute(true, false) },
    { method: 'GET', path: `/member/users?userId=${target.userId}`, expect: memberRoute(true, false) },
    { method: 'GET', path: '/member/users/new', expect: memberRoute(true, false) },
    { method: 'POST', path: '/member/users', expect: memberRoute(true, false) },
    { method: 'GET', path: user, expect: memberRoute(true, true) },
    { method: 'POST', path: user, expect: memberRoute(true, true) },
    { method: 'GET', path: `${user}/delete`, expect: memberRoute(true, true) },
    { method: 'POST', path: `${user}/password-reset`, expect: memberRoute(true, true) },
    { method: 'POST', path: `${user}/delete`, expect: memberRoute(true, true) },
    { method: 'POST', path: `/member/users/${ownAdministratorId}/password-reset`, expect: { ...memberRoute(true, true), administrator: 403 } },
    { method: 'GET', path: '/member/info', expect: memberRoute(false, false) },
    { method: 'GET', path: '/member/refund-account', expect: memberRoute(false, false) },
    { method: 'GET', path: '/member/changes', expect: memberRoute(true, false) },
    { method: 'GET', path: '/member/changes/new', expect: memberRoute(true, false) },
    { method: 'GET', path: '/member/changes/history', expect: memberRoute(true, false) },
    { method: 'POST', path: '/member/changes/succession-confirmation', expect: memberRoute(true, false) },
    { method: 'GET', path: '/member/changes/succession-confirmation', expect: memberRoute(true, false) },
    { method: 'GET', path: `/member/changes/${requestId}/cancel`, expect: memberRoute(true, true) },
    { method: 'GET', path: '/member/administrators-updated', expect: memberRoute(false, false) },
    { method: 'GET', path: `/member/changes/${requestId}`, expect: memberRoute(true, true) },
    { method: 'GET', path: `/member/changes/${requestId}/attachments`, expect: memberRoute(true, true) },
    { method: 'POST', path: `/member/changes/${requestId}/attachments`, expect: memberRoute(true, true) },
    { method: 'GET', path: '/staff', expect: staffRoute },
    { method: 'GET', path: '/staff/applications', expect: staffRoute },
    { method: 'GET', path: '/staff/changes', expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}`, expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}/attachments`, expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}/decision`, expect: staffRoute },
    { method: 'POST', path: `/staff/changes/${requestId}/decision`, expect: staffRoute },
    { method: 'GET', path: '/staff/audit', expect: staffRoute },
    { method: 'GET', path: '/staff/members', expect: staffRoute },
    { method: 'GET', path: '/staff/members.csv', expect: staffRoute },
    { method: 'GET', path: `/staff/members/${businessCodeOfTarget}/history`, expect: staffRoute },
    { method: 'GET', path: '/staff/password', expect: staffRoute },
    { method: 'POST', path: '/staff/password', expect: staffRoute },
    { method: 'GET', path: '/staff/no-such-page', expect: { ...staffRoute, staff: 404 } },
  ];
}

beforeAll(async () => {
  db = testDatabase();
  const a = await createMemberWithAdmin(db);
  const b = await createMemberWithAdmin(db);
  const ended = await createMemberWithAdmin(db);
  target = await createPersonInCharge(db, a.businessCode, { profile: { email: uniqueEmail('matrix-target') } });
  const staff = await createStaffAccount(db);
  requestId = randomUUID();
  businessCodeOfTarget = a.businessCode;
  ownAdministratorId = a.userId;
  await db.models.ChangeRequest.create({
    id: requestId, businessCode: a.businessCode, kind: 'withdrawal', status: 'under_review',
    requestedCompany: null, successor: null, submittedBy: `user:${a.userId}`, submittedAt: new Date(),
  });
  cookies.anonymous = '';
  cookies.administrator = await memberCookie(a.businessCode, a.userId, a.password);
  cookies.personInCharge = await memberCookie(a.businessCode, target.userId, (target as { password: string } & typeof target).password);
  cookies.otherAdministrator = await memberCookie(b.businessCode, b.userId, b.password);
  cookies.staff = await staffCookie(staff.loginId, staff.password);
  cookies.ended = await memberCookie(ended.businessCode, ended.userId, ended.password);
  // The membership ends (脱退 approved) while its user is logged in.
  await db.models.Member.update({ status: 'withdrawn', endedAt: new Date() }, { where: { businessCode: ended.businessCode } });
});
afterAll(() => db.close());

async function request(route: Route, cookie: string): Promise<Response> {
  return fetch(webUrl(route.path), {
    method: route.method,
    redirect: 'manual',
    headers: { cookie, origin: new URL(webUrl()).origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: route.method === 'POST' ? '' : undefined,
  });
}

function outcome(response: Response): Expectation | `unexpected ${number} ${string}` {
  const location = response.headers.get('location') ?? '';
  if (response.status === 303 && location === '/login') return 'login';
  // An ended membership is told why once; its sessions are gone after that.
  if (response.status === 303 && location === '/login?ended') return 'login';
  if (response.status === 303 && location === '/staff/login') return 'staffLogin';
  if (response.status === 403 || response.status === 404) return response.status;
  if ([200, 303, 422].includes(response.status)) return 'allowed';
  return `unexpected ${response.status} ${location}`;
}

// 管理者 last: its POSTs really act (password reset, then delete) once everyone else was refused.
const ACTORS: Actor[] = ['anonymous', 'personInCharge', 'otherAdministrator', 'staff', 'ended', 'administrator'];

// Before the matrix: its 管理者 ends the 担当者's sessions with パスワード初期化.
describe('the 403 page', () => {
  it('tells a 担当者 that 管理者-only pages are for 管理者, with the way back to メニュー', async () => {
    for (const path of ['/member/users', '/member/changes']) {
      const response = await fetch(webUrl(path), { headers: { cookie: cookies.personInCharge }, redirect: 'manual' });
      expect(response.status, path).toBe(403);
      const html = await response.text();
      expect(html, path).toContain('<p role="alert">この機能は管理者のみが使用できます。</p>');
      expect(html, path).toContain('<a href="/member">メニューへ戻る</a>');
      expect(html, path).not.toContain('もう一度お試しください');
    }
  });

  it('keeps the general 403 page, back to the top, for a post from another site', async () => {
    const response = await fetch(webUrl('/member/users'), {
      method: 'POST',
      headers: { cookie: cookies.personInCharge, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('この操作は許可されていません。');
    expect(html).toContain('<a href="/">トップへ戻る</a>');
  });
});

describe('authorisation matrix', () => {
  it.each(ACTORS)('%s reaches exactly what is theirs, and sees nothing of others', async (actor) => {
    const mismatches: string[] = [];
    for (const route of routes()) {
      const response = await request(route, cookies[actor]);
      const got = outcome(response);
      if (got !== route.expect[actor]) mismatches.push(`${route.method} ${route.path}: expected ${route.expect[actor]}, got ${got}`);
      const body = await response.text();
      const mayKnowTarget = actor === 'administrator' || (actor === 'personInCharge' && route.path.startsWith('/member/profile'));
      if (!mayKnowTarget && body.includes(target.email)) mismatches.push(`${route.method} ${route.path}: leaks the target's address`);
      if (route.expect[actor] !== 'allowed' && /<form[^>]+action="\/member\/users/.test(body)) mismatches.push(`${route.method} ${route.path}: shows a user form`);
    }
    expect(mismatches).toEqual([]);
  });

  it('ended the sessions of the ended membership, not only refused them', async () => {
    const ended = await db.models.Member.findAll({ where: { status: 'withdrawn' }, attributes: ['businessCode'] });
    const users = await db.models.User.findAll({ where: { businessCode: ended.map((m) => m.businessCode) }, attributes: ['id'] });
    expect(await db.models.Session.count({ where: { userId: users.map((u) => u.id) } })).toBe(0);
  });
});

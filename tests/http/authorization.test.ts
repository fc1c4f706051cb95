// The authorisation matrix: every route the app serves × (anonymous, 管理者, 担当者, another
// member's 管理者, staff, a member whose membership ended). Nobody sees or changes what is not
// theirs, the one user's data (a marker address) shows up for nobody else, and every answer
// carries the secure headers (a CSP without unsafe-inline among them). A last test checks
// the matrix against the app's own routing table, so a new route cannot be left out of it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, memberCookie, randomCode, sampleCompany, staffCookie } from '../support/auth';
import { sampleApplication } from '../support/joining';
import { answers, servedRoutes } from '../support/served-routes';
import { testDatabase, uniqueEmail, webUrl } from '../support/stack';

type Actor = 'anonymous' | 'administrator' | 'personInCharge' | 'otherAdministrator' | 'staff' | 'ended';
/**
 * allowed: the page works (2xx, or 303/409/422 of its own form); login/staffLogin: sent to log in;
 * 403/404: refused; 410: a link that does not hold (the page says to ask for a new one).
 */
type Expectation = 'allowed' | 'login' | 'staffLogin' | 403 | 404 | 410;

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
/** A 会社情報 change of the target's member on 保留 (its correction form, 再申請), and a file attached to it. */
let requestId: string;
let requestAttachmentId: string;
let businessCodeOfTarget: string;
let receiptNumber: string;
/** A 加入申請 under review, for the staff's application pages, and a file attached to it. */
let applicationId: string;
let applicationAttachmentId: string;

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

/** Pages for everyone (ログイン, 加入申請, パスワード初期化): the same answer whoever asks. */
function publicRoute(expectation: Expectation): Record<Actor, Expectation> {
  return { anonymous: expectation, administrator: expectation, personInCharge: expectation, otherAdministrator: expectation, staff: expectation, ended: expectation };
}

/** A link's token that was never made: no role opens an application's or a reset's pages without one. */
const FORGED_TOKEN = 'x'.repeat(43);

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
    // No workflow carries this request: the 管理者's 取下げ is answered 409 (手続きは終了しています),
    // and the request stays as it is for the routes after it.
    { method: 'POST', path: `/member/changes/${requestId}/cancel`, expect: memberRoute(true, true) },
    { method: 'GET', path: `/member/changes/${requestId}/edit`, expect: memberRoute(true, true) },
    { method: 'GET', path: `/member/changes/${requestId}/resubmit`, expect: memberRoute(true, true) },
    { method: 'POST', path: `/member/changes/${requestId}/resubmit`, expect: memberRoute(true, true) },
    { method: 'POST', path: '/member/changes', expect: memberRoute(true, false) },
    { method: 'GET', path: '/member/changes/ending', expect: memberRoute(true, false) },
    { method: 'POST', path: '/member/changes/ending', expect: memberRoute(true, false) },
    { method: 'GET', path: '/member/changes/withdrawal', expect: memberRoute(true, false) },
    { method: 'POST', path: '/member/changes/withdrawal', expect: memberRoute(true, false) },
    // Every user reads 容量市場口座情報等; 管理者 and users in charge of 容量市場 register it.
    { method: 'POST', path: '/member/refund-account', expect: { ...memberRoute(false, false), personInCharge: 403 } },
    { method: 'GET', path: '/member/administrators-updated', expect: memberRoute(false, false) },
    { method: 'GET', path: `/member/changes/${requestId}`, expect: memberRoute(true, true) },
    { method: 'GET', path: `/member/changes/${requestId}/attachments`, expect: memberRoute(true, true) },
    { method: 'POST', path: `/member/changes/${requestId}/attachments`, expect: memberRoute(true, true) },
    { method: 'GET', path: `/member/changes/${requestId}/attachments/${requestAttachmentId}`, expect: memberRoute(true, true) },
    { method: 'GET', path: '/staff', expect: staffRoute },
    { method: 'GET', path: '/staff/applications', expect: staffRoute },
    { method: 'GET', path: `/staff/applications/${applicationId}`, expect: staffRoute },
    { method: 'GET', path: `/staff/applications/${applicationId}/business-code`, expect: staffRoute },
    { method: 'POST', path: `/staff/applications/${applicationId}/business-code`, expect: staffRoute },
    { method: 'GET', path: `/staff/applications/${applicationId}/decision`, expect: staffRoute },
    { method: 'POST', path: `/staff/applications/${applicationId}/decision`, expect: staffRoute },
    { method: 'GET', path: `/staff/applications/${applicationId}/attachments`, expect: staffRoute },
    { method: 'GET', path: `/staff/applications/${applicationId}/attachments/${applicationAttachmentId}`, expect: staffRoute },
    { method: 'GET', path: '/staff/changes', expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}`, expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}/attachments`, expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}/attachments/${requestAttachmentId}`, expect: staffRoute },
    { method: 'GET', path: `/staff/changes/${requestId}/decision`, expect: staffRoute },
    { method: 'POST', path: `/staff/changes/${requestId}/decision`, expect: staffRoute },
    { method: 'GET', path: '/staff/audit', expect: staffRoute },
    { method: 'GET', path: '/staff/members', expect: staffRoute },
    { method: 'GET', path: '/staff/members.csv', expect: staffRoute },
    { method: 'GET', path: `/staff/members/${businessCodeOfTarget}/history`, expect: staffRoute },
    { method: 'GET', path: '/staff/password', expect: staffRoute },
    { method: 'POST', path: '/staff/password', expect: staffRoute },
    { method: 'GET', path: '/staff/no-such-page', expect: { ...staffRoute, staff: 404 } },
    { method: 'GET', path: '/', expect: publicRoute('allowed') },
    { method: 'GET', path: '/favicon.ico', expect: publicRoute('allowed') },
    { method: 'GET', path: '/static/app.css', expect: publicRoute('allowed') },
    { method: 'GET', path: '/static/favicon.svg', expect: publicRoute('allowed') },
    { method: 'GET', path: '/static/htmx.min.js', expect: publicRoute('allowed') },
    { method: 'GET', path: '/healthz', expect: publicRoute('allowed') },
    { method: 'GET', path: '/readyz', expect: publicRoute('allowed') },
    { method: 'GET', path: '/login', expect: publicRoute('allowed') },
    { method: 'POST', path: '/login', expect: publicRoute('allowed') },
    { method: 'GET', path: '/staff/login', expect: publicRoute('allowed') },
    { method: 'POST', path: '/staff/login', expect: publicRoute('allowed') },
    { method: 'GET', path: '/password/forgot', expect: publicRoute('allowed') },
    { method: 'POST', path: '/password/forgot', expect: publicRoute('allowed') },
    { method: 'GET', path: '/password/forgot/sent', expect: publicRoute('allowed') },
    { method: 'GET', path: `/password/reset/${FORGED_TOKEN}`, expect: publicRoute(410) },
    { method: 'POST', path: `/password/reset/${FORGED_TOKEN}`, expect: publicRoute(410) },
    { method: 'GET', path: '/join/link', expect: publicRoute('allowed') },
    { method: 'POST', path: '/join/link', expect: publicRoute('allowed') },
    { method: 'GET', path: '/join/link/sent', expect: publicRoute('allowed') },
    { method: 'GET', path: `/join/${applicationId}/provisional?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'POST', path: `/join/${applicationId}/provisional?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'GET', path: `/join/${applicationId}/provisional/received?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'GET', path: '/join/final', expect: publicRoute('allowed') },
    { method: 'POST', path: '/join/final', expect: publicRoute('allowed') },
    { method: 'GET', path: '/join/final/redisplay', expect: publicRoute('allowed') },
    { method: 'POST', path: '/join/final/redisplay', expect: publicRoute('allowed') },
    { method: 'GET', path: '/join/final/received', expect: publicRoute('allowed') },
    { method: 'GET', path: '/join/status', expect: publicRoute('allowed') },
    { method: 'POST', path: '/join/status', expect: publicRoute('allowed') },
    { method: 'GET', path: `/join/status/${receiptNumber}?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'GET', path: `/join/status/${receiptNumber}/panel?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'GET', path: `/join/status/${receiptNumber}/attachments?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'POST', path: `/join/status/${receiptNumber}/attachments?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    { method: 'GET', path: `/join/status/${receiptNumber}/attachments/${applicationAttachmentId}?token=${FORGED_TOKEN}`, expect: publicRoute(404) },
    // Last: they end the session they are sent with.
    { method: 'POST', path: '/staff/logout', expect: publicRoute('allowed') },
    { method: 'POST', path: '/member/logout', expect: memberRoute(false, false) },
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
    id: requestId, businessCode: a.businessCode, kind: 'change', status: 'on_hold',
    requestedCompany: sampleCompany(`${a.companyName}改`), successor: null, submittedBy: `user:${a.userId}`, submittedAt: new Date(),
  });
  applicationId = randomUUID();
  receiptNumber = `J-${randomCode(4)}-${randomCode(4)}`;
  const applicant = uniqueEmail('matrix-applicant');
  await db.models.MembershipApplication.create({
    id: applicationId, companyName: '審査電力株式会社', contactName: '審査 太郎', email: applicant, status: 'under_review', linkExpiresAt: new Date(),
    receiptNumber, provisionalData: sampleApplication(applicant),
  });
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  const file = { fileName: '資料.pdf', contentType: 'application/pdf' as const, size: pdf.length, content: pdf };
  requestAttachmentId = randomUUID();
  applicationAttachmentId = randomUUID();
  await db.models.Attachment.bulkCreate([
    { id: requestAttachmentId, ownerKind: 'change_request', ownerId: requestId, ...file },
    { id: applicationAttachmentId, ownerKind: 'application', ownerId: applicationId, ...file },
  ]);
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

/** What every answer carries, whatever the route and whoever asks: the CSP and its companions. */
function missingSecureHeaders(response: Response): string[] {
  const csp = response.headers.get('content-security-policy') ?? '';
  const missing: string[] = [];
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
    if (!csp.includes(directive)) missing.push(`CSP ${directive}`);
  }
  if (csp.includes('unsafe-inline') || csp.includes('unsafe-eval')) missing.push('a CSP without unsafe-inline/unsafe-eval');
  if (response.headers.get('x-content-type-options') !== 'nosniff') missing.push('X-Content-Type-Options: nosniff');
  if (response.headers.get('referrer-policy') !== 'no-referrer') missing.push('Referrer-Policy: no-referrer');
  return missing;
}

function outcome(response: Response): Expectation | `unexpected ${number} ${string}` {
  const location = response.headers.get('location') ?? '';
  if (response.status === 303 && location === '/login') return 'login';
  // An ended membership is told why once; its sessions are gone after that.
  if (response.status === 303 && location === '/login?ended') return 'login';
  if (response.status === 303 && location === '/staff/login') return 'staffLogin';
  if (response.status === 403 || response.status === 404 || response.status === 410) return response.status;
  if ([200, 303, 409, 422].includes(response.status)) return 'allowed';
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
  it.each(ACTORS)('%s reaches exactly what is theirs, sees nothing of others, and gets the secure headers everywhere', async (actor) => {
    const mismatches: string[] = [];
    for (const route of routes()) {
      const response = await request(route, cookies[actor]);
      const got = outcome(response);
      if (got !== route.expect[actor]) mismatches.push(`${route.method} ${route.path}: expected ${route.expect[actor]}, got ${got}`);
      for (const header of missingSecureHeaders(response)) mismatches.push(`${route.method} ${route.path}: lacks ${header}`);
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

describe('the matrix itself', () => {
  it('has every route the app serves', () => {
    const served = servedRoutes(db);
    expect(served.length).toBeGreaterThan(80);
    const covered = routes();
    const missing = served.filter((route) => !covered.some((c) => answers(route, c.method, c.path))).map((route) => `${route.method} ${route.path}`);
    expect(missing).toEqual([]);
  });
});

// Hostile form posts to every form route, anonymous or logged in as whom the route is for:
// never a 500 and never a stack trace, always a page.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createStaffAccount, memberCookie, staffCookie } from '../support/auth';
import { testDatabase, webUrl } from '../support/stack';
import { hostileForm } from './hostile-input';

let db: Database;
let member: string;
let staff: string;

beforeAll(async () => {
  db = testDatabase();
  const admin = await createMemberWithAdmin(db);
  member = await memberCookie(admin.businessCode, admin.userId, admin.password);
  const account = await createStaffAccount(db);
  staff = await staffCookie(account.loginId, account.password);
});
afterAll(() => db.close());

const FIELDS = ['companyName', 'email', 'receiptNumber', 'lookupEmail', 'businessCode', 'userId', 'password', 'newPassword', 'reason', 'decision', 'requestId', 'successorCode', 'bankCode', 'admin1.email', 'businessTypes'];
const ROUTES: { path: string; who: 'anonymous' | 'member' | 'staff'; runs?: number }[] = [
  { path: '/join/link', who: 'anonymous' },
  { path: '/join/status', who: 'anonymous' },
  { path: '/join/final/redisplay', who: 'anonymous' },
  { path: '/join/final', who: 'anonymous' },
  { path: '/login', who: 'anonymous' },
  { path: '/staff/login', who: 'anonymous' },
  // Answers in constant time (≥ 1 s) whatever is asked: a few runs suffice.
  { path: '/password/forgot', who: 'anonymous', runs: 4 },
  { path: '/member/users', who: 'member' },
  { path: '/member/changes', who: 'member' },
  { path: '/member/changes/ending', who: 'member' },
  { path: '/member/changes/succession-confirmation', who: 'member' },
  { path: '/member/refund-account', who: 'member' },
  { path: '/staff/applications/00000000-0000-4000-8000-000000000000/decision', who: 'staff' },
  { path: '/staff/applications/00000000-0000-4000-8000-000000000000/business-code', who: 'staff' },
];

it.each(ROUTES)('POST $path ($who) never answers 500', async ({ path, who, runs }) => {
  const cookie = who === 'member' ? member : who === 'staff' ? staff : '';
  await fc.assert(
    fc.asyncProperty(hostileForm(FIELDS), async (form) => {
      const response = await fetch(webUrl(path), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(webUrl()).origin, cookie },
        body: new URLSearchParams(form).toString(),
      });
      const body = await response.text();
      expect(response.status).toBeLessThan(500);
      expect(body).not.toMatch(/\bat [\w.]+ \(|Error:/);
    }),
    { numRuns: runs ?? 25 },
  );
});

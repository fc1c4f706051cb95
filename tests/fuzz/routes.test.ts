// Hostile form posts to every route that takes a form, each with its own form's fields, sent by
// whom the route is for and at a real target (an application, a request, a user, a reset link):
// never a 500 and never a stack trace; a refusal is a page in Japanese; nothing is stored. A last
// test checks the list against the app's routing table, so a new form cannot be left out.
import fc from 'fast-check';
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { LIST_FIELDS, TEXT_FIELDS } from '../../domain/forms/application';
import { LOOKUP_FIELDS } from '../../domain/forms/application-lookup';
import { FINAL_APPLICATION_EXTRA_FIELDS } from '../../domain/forms/final-application';
import { FORGOT_PASSWORD_FIELDS } from '../../domain/forms/forgot-password';
import { JOIN_LINK_FIELDS } from '../../domain/forms/join-link-request';
import { MEMBER_LOGIN_FIELDS, STAFF_LOGIN_FIELDS } from '../../domain/forms/login';
import { MEMBER_CHANGE_EXTRA_FIELDS } from '../../domain/forms/member-change';
import { NEW_PASSWORD_FIELDS, PASSWORD_CHANGE_FIELDS } from '../../domain/forms/password-change';
import { PROVISIONAL_APPLICATION_EXTRA_FIELDS } from '../../domain/forms/provisional-application';
import { REFUND_ACCOUNT_FIELDS } from '../../domain/forms/refund-account';
import { BUSINESS_CODE_ISSUE_FIELDS, STAFF_DECISION_FIELDS } from '../../domain/forms/staff-decision';
import { SUCCESSION_FIELDS } from '../../domain/forms/succession';
import { NEW_USER_FIELDS, USER_UPDATE_FIELDS } from '../../domain/forms/user';
import { joinLinkUrl } from '../../domain/join-link-token';
import { RECEIPT_ALPHABET_SIZE, receiptNumberFrom } from '../../domain/receipt-number';
import { generateSecretToken, hashSecretToken } from '../../domain/secret-token';
import { statusPath } from '../../domain/status-link-token';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, memberCookie, randomCode, sampleCompany, staffCookie } from '../support/auth';
import { sampleApplication } from '../support/joining';
import { answers, servedRoutes } from '../support/served-routes';
import { testConfig, testDatabase, uniqueEmail, webUrl } from '../support/stack';
import { hostileForm, isJapaneseMessage } from './hostile-input';

/** Who posts: a member's 管理者, staff, or an account of its own for the password changes (wrong guesses lock it). */
type Poster = 'anonymous' | 'member' | 'staff' | 'memberChangingPassword' | 'staffChangingPassword';

interface FuzzedRoute {
  path: string;
  who: Poster;
  fields: readonly string[];
  runs?: number;
}

/** Posts that take no input: the request itself is the action (the matrix covers who may send them). */
const WITHOUT_INPUT = [
  'POST /member/logout',
  'POST /staff/logout',
  'POST /member/users/:userId/delete',
  'POST /member/users/:userId/password-reset',
  'POST /member/changes/:id/cancel',
];

const APPLICATION_FORM = [...TEXT_FIELDS, ...LIST_FIELDS];
/** Far over every field's limit, yet a form of forty such fields mostly within the post limit. */
const LONGEST = 1_000;
const UPLOAD = ['file'];

// The targets: rows made in beforeAll under these ids.
const ids = { provisional: randomUUID(), underReview: randomUUID(), awaitingCode: randomUUID(), heldRequest: randomUUID(), reviewedRequest: randomUUID() };
const newReceiptNumber = () => receiptNumberFrom(() => randomInt(RECEIPT_ALPHABET_SIZE));
const receiptNumber = newReceiptNumber();
const resetToken = generateSecretToken();
const personInCharge = randomCode(6).toLowerCase();
/** The members whose users, requests and account the posts aim at. */
const businessCodes: string[] = [];
let db: Database;
/** What the targets held before the posts. */
let before: unknown;
const cookies: Record<Poster, string> = { anonymous: '', member: '', staff: '', memberChangingPassword: '', staffChangingPassword: '' };

function fuzzedRoutes(): FuzzedRoute[] {
  const config = testConfig();
  const provisional = new URL(joinLinkUrl(config.web.publicBaseUrl, config.appSecret, ids.provisional));
  const status = statusPath(config.appSecret, receiptNumber).replace('?', '/attachments?');
  return [
    { path: '/join/link', who: 'anonymous', fields: JOIN_LINK_FIELDS },
    { path: `${provisional.pathname}${provisional.search}`, who: 'anonymous', fields: [...APPLICATION_FORM, ...PROVISIONAL_APPLICATION_EXTRA_FIELDS] },
    { path: '/join/status', who: 'anonymous', fields: LOOKUP_FIELDS },
    { path: status, who: 'anonymous', fields: UPLOAD },
    { path: '/join/final/redisplay', who: 'anonymous', fields: LOOKUP_FIELDS },
    { path: '/join/final', who: 'anonymous', fields: [...APPLICATION_FORM, ...FINAL_APPLICATION_EXTRA_FIELDS] },
    { path: '/login', who: 'anonymous', fields: MEMBER_LOGIN_FIELDS },
    { path: '/staff/login', who: 'anonymous', fields: STAFF_LOGIN_FIELDS },
    // Answers in constant time (≥ 1 s) whatever is asked: a few runs suffice.
    { path: '/password/forgot', who: 'anonymous', fields: FORGOT_PASSWORD_FIELDS, runs: 4 },
    { path: `/password/reset/${resetToken}`, who: 'anonymous', fields: NEW_PASSWORD_FIELDS },
    { path: '/member/password', who: 'memberChangingPassword', fields: PASSWORD_CHANGE_FIELDS },
    { path: '/member/users', who: 'member', fields: NEW_USER_FIELDS },
    { path: `/member/users/${personInCharge}`, who: 'member', fields: USER_UPDATE_FIELDS },
    { path: '/member/changes', who: 'member', fields: [...APPLICATION_FORM, ...MEMBER_CHANGE_EXTRA_FIELDS] },
    { path: `/member/changes/${ids.heldRequest}/resubmit`, who: 'member', fields: [...APPLICATION_FORM, ...MEMBER_CHANGE_EXTRA_FIELDS] },
    { path: `/member/changes/${ids.heldRequest}/attachments`, who: 'member', fields: UPLOAD },
    { path: '/member/changes/ending', who: 'member', fields: ['action', ...SUCCESSION_FIELDS] },
    { path: '/member/changes/succession-confirmation', who: 'member', fields: SUCCESSION_FIELDS },
    { path: '/member/changes/withdrawal', who: 'member', fields: ['requestId'] },
    { path: '/member/refund-account', who: 'member', fields: REFUND_ACCOUNT_FIELDS },
    { path: `/staff/applications/${ids.underReview}/decision`, who: 'staff', fields: STAFF_DECISION_FIELDS },
    { path: `/staff/applications/${ids.awaitingCode}/business-code`, who: 'staff', fields: BUSINESS_CODE_ISSUE_FIELDS },
    { path: `/staff/changes/${ids.reviewedRequest}/decision`, who: 'staff', fields: STAFF_DECISION_FIELDS },
    { path: '/staff/password', who: 'staffChangingPassword', fields: PASSWORD_CHANGE_FIELDS },
  ];
}

/** Everything a post to one of the routes could have written, for the members and applications aimed at. */
async function storedForTargets() {
  const { User, ChangeRequest, ChangeRequestEvent, Attachment, RefundAccount, MembershipApplication, MembershipApplicationEvent, PasswordResetToken, MemberAuditEntry, Member } = db.models;
  const applicationIds = [ids.provisional, ids.underReview, ids.awaitingCode];
  const requestIds = [ids.heldRequest, ids.reviewedRequest];
  const rows = async (found: Promise<{ get(): object }[]>) => (await found).map((row) => row.get());
  return {
    members: await rows(Member.findAll({ where: { businessCode: businessCodes }, order: [['businessCode', 'ASC']] })),
    users: await rows(User.findAll({ where: { businessCode: businessCodes }, attributes: { exclude: ['lastLoginAt', 'previousLoginAt', 'failedLoginCount', 'lockedUntil', 'updatedAt'] }, order: [['id', 'ASC']] })),
    requests: await rows(ChangeRequest.findAll({ where: { businessCode: businessCodes }, order: [['id', 'ASC']] })),
    requestEvents: await ChangeRequestEvent.count({ where: { requestId: requestIds } }),
    audit: await MemberAuditEntry.count({ where: { businessCode: businessCodes } }),
    refundAccounts: await RefundAccount.count({ where: { businessCode: businessCodes } }),
    attachments: await Attachment.count({ where: { ownerId: [...applicationIds, ...requestIds] } }),
    applications: await rows(MembershipApplication.findAll({ where: { id: applicationIds }, order: [['id', 'ASC']] })),
    applicationEvents: await MembershipApplicationEvent.count({ where: { applicationId: applicationIds } }),
    resetLinks: await rows(PasswordResetToken.findAll({ where: { id: hashSecretToken(resetToken) } })),
  };
}

beforeAll(async () => {
  db = testDatabase();
  const admin = await createMemberWithAdmin(db);
  cookies.member = await memberCookie(admin.businessCode, admin.userId, admin.password);
  await createPersonInCharge(db, admin.businessCode, { profile: { userId: personInCharge } });
  const own = await createMemberWithAdmin(db);
  cookies.memberChangingPassword = await memberCookie(own.businessCode, own.userId, own.password);
  const account = await createStaffAccount(db);
  cookies.staff = await staffCookie(account.loginId, account.password);
  const ownStaff = await createStaffAccount(db);
  cookies.staffChangingPassword = await staffCookie(ownStaff.loginId, ownStaff.password);
  await db.models.PasswordResetToken.create({ id: hashSecretToken(resetToken), userId: (await db.models.User.findOne({ where: { businessCode: own.businessCode } }))?.id as number, expiresAt: new Date(Date.now() + 3_600_000) });

  const email = uniqueEmail('fuzz-applicant');
  const application = { companyName: '試験電力株式会社', contactName: '試験 太郎', email, linkExpiresAt: new Date(Date.now() + 3_600_000) };
  await db.models.MembershipApplication.bulkCreate([
    { ...application, id: ids.provisional, status: 'link_sent' },
    { ...application, id: ids.underReview, status: 'under_review', receiptNumber, provisionalData: sampleApplication(email) },
    { ...application, id: ids.awaitingCode, status: 'provisional_submitted', receiptNumber: newReceiptNumber(), provisionalData: sampleApplication(email) },
  ]);
  // One open request per member: the held one is the 管理者's, the one under review another member's.
  const other = await createMemberWithAdmin(db);
  const request = { kind: 'change' as const, successor: null, submittedAt: new Date() };
  await db.models.ChangeRequest.bulkCreate([
    { ...request, id: ids.heldRequest, businessCode: admin.businessCode, status: 'on_hold', requestedCompany: sampleCompany(`${admin.companyName}改`), submittedBy: `user:${admin.userId}` },
    { ...request, id: ids.reviewedRequest, businessCode: other.businessCode, status: 'under_review', requestedCompany: sampleCompany(`${other.companyName}改`), submittedBy: `user:${other.userId}` },
  ]);
  businessCodes.push(admin.businessCode, own.businessCode, other.businessCode);
  before = await storedForTargets();
});
afterAll(() => db.close());

it.each(fuzzedRoutes())('POST $path ($who): never a 500, and a refusal is a Japanese page', async (route) => {
  const statuses: number[] = [];
  await fc.assert(
    fc.asyncProperty(hostileForm(route.fields, { longest: LONGEST }), async (form) => {
      const response = await fetch(webUrl(route.path), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(webUrl()).origin, cookie: cookies[route.who] },
        body: new URLSearchParams(form).toString(),
      });
      const body = await response.text();
      statuses.push(response.status);
      expect(response.status, route.path).toBeLessThan(500);
      expect(body, route.path).not.toMatch(/\bat [\w.]+ \(|Error:/);
      if (response.status >= 400) expect(isJapaneseMessage(body), `${route.path} ${response.status}`).toBe(true);
    }),
    { numRuns: route.runs ?? 25 },
  );
  // The posts reached the form itself, not only the refusals before it (a link or a target gone wrong, the size limit).
  expect(statuses.filter((status) => status !== 404 && status !== 410 && status !== 413), route.path).not.toEqual([]);
});

it('stored nothing from any of the posts', async () => {
  expect(await storedForTargets()).toEqual(before);
});

it('fuzzes every route that takes a form', () => {
  const routes = fuzzedRoutes();
  const missing = servedRoutes(db)
    .filter((route) => route.method === 'POST' && !WITHOUT_INPUT.includes(`POST ${route.path}`))
    .filter((route) => !routes.some((fuzzed) => answers(route, 'POST', fuzzed.path)))
    .map((route) => route.path);
  expect(missing).toEqual([]);
});

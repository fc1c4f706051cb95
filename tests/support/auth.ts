// Logging in from tests, as staff and as members: accounts made through the app's own code paths
// (repositories used by the routes and activities), sessions opened over real HTTP or in Chromium.
import type { Page } from 'playwright-core';
import type { Database } from '../../db/database';
import { createStaffUser } from '../../db/repositories/staff-users';
import { insertUser, type UserProfile } from '../../db/repositories/users';
import type { CompanyInfo } from '../../domain/company';
import type { Duty } from '../../domain/duties';
import type { MemberStatus } from '../../domain/member-status';
import { generatePassword } from '../../domain/password-generator';
import { uniqueBusinessCode } from './business-codes';
import { postForm } from './http';
import { uniqueEmail, webUrl } from './stack';

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random code of half-width letters and digits, unique enough to keep tests apart. */
export function randomCode(length: number): string {
  return Array.from({ length }, () => ALPHANUMERIC[Math.floor(Math.random() * ALPHANUMERIC.length)]).join('');
}

export interface StaffAccountOptions {
  loginId?: string;
  name?: string;
  email?: string;
  password?: string;
  /** Leave the initial password in place, to be changed at first login. */
  mustChangePassword?: boolean;
}

/** A staff account ready to log in (no forced change unless asked). */
export async function createStaffAccount(db: Database, opts: StaffAccountOptions = {}): Promise<{ loginId: string; password: string }> {
  const loginId = opts.loginId ?? `staff-${randomCode(8).toLowerCase()}`;
  const password = opts.password ?? generatePassword();
  await createStaffUser(
    db,
    { loginId, name: opts.name ?? '本機関 職員', email: opts.email ?? uniqueEmail('staff') },
    password,
    opts.mustChangePassword ?? false,
  );
  return { loginId, password };
}

function sessionCookieFrom(response: Response, what: string): string {
  const cookie = response.headers.getSetCookie().find((c) => /^occto_(staff_)?session=[^;]+/.test(c));
  if (response.status !== 303 || !cookie) throw new Error(`${what} failed with ${response.status}`);
  return cookie.split(';')[0] as string;
}

/** Logs in at /staff/login over HTTP; the Cookie header value for later requests. */
export async function staffCookie(loginId: string, password: string): Promise<string> {
  return sessionCookieFrom(await postForm('/staff/login', { loginId, password }), `staff login of ${loginId}`);
}

export async function loginAsStaffInBrowser(page: Page, loginId: string, password: string): Promise<void> {
  await page.goto(webUrl('/staff/login'));
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((url) => url.pathname !== '/staff/login');
}

export function sampleCompany(companyName: string): CompanyInfo {
  return {
    corporateNumber: '7123456789012',
    businessTypes: ['小売電気'],
    companyName,
    companyNameKana: 'ｺｳｲｷﾃﾞﾝﾘｮｸｶﾌﾞｼｷｶﾞｲｼｬ',
    phone: '03-1234-5678',
    representativeLastName: '広域',
    representativeFirstName: '一郎',
    representativeLastNameKana: 'ｺｳｲｷ',
    representativeFirstNameKana: 'ｲﾁﾛｳ',
    representativeTitle: '代表取締役',
    postalCode: '1350061',
    address1: '東京都江東区豊洲６－２－１５',
    address2: '豊洲ビル',
    address1Kana: 'ﾄｳｷｮｳﾄｺｳﾄｳｸﾄﾖｽ',
    address2Kana: 'ﾄﾖｽﾋﾞﾙ',
    capitalRelationship: '',
  };
}

export function sampleProfile(overrides: Partial<UserProfile> = {}): UserProfile {
  return {
    userId: randomCode(6).toLowerCase(),
    duties: ['総会'] as Duty[],
    department: '総務部　課長',
    lastName: '山田',
    firstName: '太郎',
    lastNameKana: 'ﾔﾏﾀﾞ',
    firstNameKana: 'ﾀﾛｳ',
    email: uniqueEmail('user'),
    phone: '03-3333-1234',
    note: '',
    ...overrides,
  };
}

export interface MemberOptions {
  businessCode?: string;
  companyName?: string;
  status?: MemberStatus;
  admin?: Partial<UserProfile>;
  password?: string;
  mustChangePassword?: boolean;
}

type CreatedMember = { businessCode: string; userId: string; password: string; email: string; companyName: string };

/** A member with its 管理者①, ready to log in with the returned password (no forced change). */
export async function createMemberWithAdmin(db: Database, opts: MemberOptions = {}): Promise<CreatedMember> {
  return insertMemberWithAdmin(db, { ...opts, businessCode: opts.businessCode ?? uniqueBusinessCode() });
}

async function insertMemberWithAdmin(db: Database, opts: MemberOptions & { businessCode: string }): Promise<CreatedMember> {
  const businessCode = opts.businessCode;
  const companyName = opts.companyName ?? `テスト電力株式会社${businessCode}`;
  const password = opts.password ?? generatePassword();
  const profile = sampleProfile(opts.admin);
  await db.sequelize.transaction(async (transaction) => {
    await db.models.Member.create(
      { businessCode, status: opts.status ?? 'active', company: sampleCompany(companyName), companyName, applicationId: null, joinedAt: new Date() },
      { transaction },
    );
    await insertUser(db, { ...profile, businessCode, role: 'administrator', adminSlot: 1 }, password, opts.mustChangePassword ?? false, transaction);
  });
  return { businessCode, userId: profile.userId, password, email: profile.email, companyName };
}

/** A 担当者 of an existing member, ready to log in. */
export async function createPersonInCharge(
  db: Database,
  businessCode: string,
  opts: { profile?: Partial<UserProfile>; password?: string; mustChangePassword?: boolean } = {},
): Promise<{ userId: string; password: string; email: string }> {
  const password = opts.password ?? generatePassword();
  const profile = sampleProfile(opts.profile);
  await db.sequelize.transaction((transaction) =>
    insertUser(db, { ...profile, businessCode, role: 'person_in_charge', adminSlot: null }, password, opts.mustChangePassword ?? false, transaction),
  );
  return { userId: profile.userId, password, email: profile.email };
}

/** Logs in at /login over HTTP; the Cookie header value for later requests. */
export async function memberCookie(businessCode: string, userId: string, password: string): Promise<string> {
  return sessionCookieFrom(await postForm('/login', { businessCode, userId, password }), `member login of ${businessCode}/${userId}`);
}

export async function loginAsMemberInBrowser(page: Page, businessCode: string, userId: string, password: string): Promise<void> {
  await page.goto(webUrl('/login'));
  await page.getByLabel('事業者コード').fill(businessCode);
  await page.getByLabel('ユーザID').fill(userId);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** GET with a session cookie, redirects not followed. */
export function getWithCookie(pathname: string, cookie: string): Promise<Response> {
  return fetch(webUrl(pathname), { headers: { cookie }, redirect: 'manual' });
}

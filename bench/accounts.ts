// Accounts for the benchmarks, made with the app's own repositories, and their sessions opened
// over HTTP as a browser would.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { createStaffUser } from '../db/repositories/staff-users';
import { insertUser } from '../db/repositories/users';
import type { ApplicationData } from '../domain/application-data';
import type { CompanyInfo } from '../domain/company';
import { generatePassword } from '../domain/password-generator';

export const BENCH_COMPANY: CompanyInfo = {
  corporateNumber: '7123456789012',
  businessTypes: ['小売電気'],
  companyName: '性能試験電力株式会社',
  companyNameKana: 'ｾｲﾉｳｼｹﾝﾃﾞﾝﾘｮｸｶﾌﾞｼｷｶﾞｲｼｬ',
  phone: '03-1234-5678',
  representativeLastName: '性能',
  representativeFirstName: '一郎',
  representativeLastNameKana: 'ｾｲﾉｳ',
  representativeFirstNameKana: 'ｲﾁﾛｳ',
  representativeTitle: '代表取締役',
  postalCode: '1350061',
  address1: '東京都江東区豊洲６－２－１５',
  address2: '豊洲ビル',
  address1Kana: 'ﾄｳｷｮｳﾄｺｳﾄｳｸﾄﾖｽ',
  address2Kana: 'ﾄﾖｽﾋﾞﾙ',
  capitalRelationship: '',
};

/** An application of BENCH_COMPANY with one 管理者 at `email`. */
export function benchApplication(email: string): ApplicationData {
  return {
    company: BENCH_COMPANY,
    administrator1: {
      userId: 'adm001', duties: ['総会'], department: '総務部', lastName: '性能', firstName: '花子',
      lastNameKana: 'ｾｲﾉｳ', firstNameKana: 'ﾊﾅｺ', email, phone: '03-3333-1234', note: '',
    },
    administrator2: null,
  };
}

async function login(baseUrl: string, path: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
    body: new URLSearchParams(fields).toString(),
  });
  const cookie = response.headers.getSetCookie().find((c) => /session=/.test(c));
  if (response.status !== 303 || !cookie) throw new Error(`login at ${path} failed (${response.status})`);
  return cookie.split(';')[0] as string;
}

/** A member with its 管理者① and nine 担当者 (a full list page), logged in as the 管理者. */
export async function memberSession(db: Database, baseUrl: string, businessCode: string): Promise<string> {
  const password = generatePassword();
  await db.sequelize.transaction(async (transaction) => {
    await db.models.Member.create(
      { businessCode, company: BENCH_COMPANY, companyName: BENCH_COMPANY.companyName, applicationId: null, joinedAt: new Date() },
      { transaction },
    );
    for (let i = 0; i < 10; i++) {
      await insertUser(
        db,
        {
          businessCode,
          userId: `bench${i}`,
          role: i === 0 ? 'administrator' : 'person_in_charge',
          adminSlot: i === 0 ? 1 : null,
          duties: ['総会', '会費'],
          department: '総務部　課長',
          lastName: '性能',
          firstName: `太郎${i}`,
          lastNameKana: 'ｾｲﾉｳ',
          firstNameKana: 'ﾀﾛｳ',
          email: `bench${i}-${randomUUID()}@example.co.jp`,
          phone: '03-3333-1234',
          note: '',
        },
        password,
        false,
        transaction,
      );
    }
  });
  return login(baseUrl, '/login', { businessCode, userId: 'bench0', password });
}

export async function staffSession(db: Database, baseUrl: string): Promise<string> {
  const password = generatePassword();
  const loginId = `bench-${randomUUID().slice(0, 8)}`;
  await createStaffUser(db, { loginId, name: '性能試験 職員', email: `${loginId}@example.co.jp` }, password, false);
  return login(baseUrl, '/staff/login', { loginId, password });
}

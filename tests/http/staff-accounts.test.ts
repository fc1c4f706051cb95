// Staff accounts: `npm run staff:create` prints an initial password once; it logs in and must be
// changed first; the first `npm start` creates `admin` only when there is no staff account.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../db/database';
import { ensureFirstStaffAccount } from '../../scripts/first-staff';
import { createStaffAccount, getWithCookie, randomCode, staffCookie } from '../support/auth';
import { testConfig, testDatabase } from '../support/stack';

const run = promisify(execFile);
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

function staffCreate(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/staff-create.ts', ...args], {
    env: { ...process.env, DATABASE_URL: inject('stackEnv').DATABASE_URL as string, LOG_LEVEL: 'silent' },
  });
}

it('creates a staff account whose printed password logs in and must be changed first', async () => {
  const loginId = `ops-${randomCode(6).toLowerCase()}`;
  const { stdout } = await staffCreate(loginId, '広域 花子', 'hanako@example.co.jp');
  const password = /\n {2}(\S+)\n/.exec(stdout)?.[1] ?? '';
  expect(password).not.toBe('');
  const stored = await db.models.StaffUser.findOne({ where: { loginId } });
  expect(stored?.passwordHash.startsWith('$argon2id$')).toBe(true);
  const cookie = await staffCookie(loginId, password);
  expect((await getWithCookie('/staff', cookie)).headers.get('location')).toBe('/staff/password');

  await expect(staffCreate(loginId, '広域 花子', 'hanako@example.co.jp')).rejects.toMatchObject({ stderr: expect.stringContaining('already exists') });
  await expect(staffCreate('x', 'name', 'not-an-address')).rejects.toMatchObject({ code: 2 });
});

it('does not create the first admin account when a staff account exists', async () => {
  await createStaffAccount(db);
  expect(await ensureFirstStaffAccount(db, testConfig().auth.passwordPolicy)).toBeUndefined();
  expect(await db.models.StaffUser.count({ where: { loginId: 'admin' } })).toBe(0);
});

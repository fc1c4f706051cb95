// The first `npm start` on an empty database creates the staff account `admin`, so that someone
// can log in to the staff console; its initial password is printed once and must be changed.
import type { Database } from '../db/database';
import { createStaffUser } from '../db/repositories/staff-users';
import { generatePassword } from '../domain/password-generator';
import type { PasswordPolicy } from '../domain/password-policy';

export const FIRST_STAFF_LOGIN_ID = 'admin';

export async function ensureFirstStaffAccount(db: Database, policy: PasswordPolicy): Promise<{ loginId: string; password: string } | undefined> {
  if ((await db.models.StaffUser.count()) > 0) return undefined;
  const password = generatePassword(policy);
  await createStaffUser(db, { loginId: FIRST_STAFF_LOGIN_ID, name: 'システム管理者', email: 'admin@localhost' }, password, true);
  return { loginId: FIRST_STAFF_LOGIN_ID, password };
}

// Checks a login attempt. Every wrong combination gets the same answer in about the same time
// (an unknown account still costs one argon2 verification); a locked account answers the same,
// so the lock tells a stranger nothing. Only after the right password is an ended membership named.
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import type { Member } from '../../db/models/member';
import type { StaffUser } from '../../db/models/staff-user';
import type { User } from '../../db/models/user';
import type { AccountRef } from '../../db/repositories/account';
import { recordRightPassword, recordSuccessfulLogin, reserveLoginAttempt } from '../../db/repositories/credentials';
import { generatePassword } from '../../domain/password-generator';
import { hashPassword, verifyPassword } from '../../domain/password-hash';

export type LoginOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'membership_ended' };

let dummyHash: Promise<string> | undefined;
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(generatePassword());
  return dummyHash;
}

async function check(
  db: Database,
  auth: Config['auth'],
  account: { ref: AccountRef; passwordHash: string } | null,
  password: string,
): Promise<boolean> {
  if (!account) {
    await verifyPassword(await dummyPasswordHash(), password);
    return false;
  }
  // Counted before the verification, which queues for argon2's few threads: attempts sent at once
  // would otherwise all be verified against a state read before any of them had failed.
  const attempt = await reserveLoginAttempt(db, account.ref, auth.lockThreshold, auth.lockDurationMs);
  if (!attempt) {
    // Locked: the guess is not tried, but the answer costs the same verification.
    await verifyPassword(await dummyPasswordHash(), password);
    return false;
  }
  if (!(await verifyPassword(account.passwordHash, password))) return false;
  return recordRightPassword(db, account.ref, attempt, account.passwordHash);
}

export async function authenticateMember(
  db: Database,
  auth: Config['auth'],
  input: { businessCode: string; userId: string; password: string },
): Promise<LoginOutcome<{ user: User; member: Member }>> {
  const user = await db.models.User.findOne({ where: { businessCode: input.businessCode, userId: input.userId } });
  const account = user && { ref: { kind: 'user', id: user.id } as const, passwordHash: user.passwordHash };
  if (!(await check(db, auth, account, input.password)) || !user) return { ok: false, reason: 'invalid' };
  const member = await db.models.Member.findByPk(user.businessCode);
  if (!member) return { ok: false, reason: 'invalid' };
  if (member.status !== 'active') return { ok: false, reason: 'membership_ended' };
  await recordSuccessfulLogin(db, { kind: 'user', id: user.id });
  return { ok: true, value: { user, member } };
}

export async function authenticateStaff(
  db: Database,
  auth: Config['auth'],
  input: { loginId: string; password: string },
): Promise<LoginOutcome<StaffUser>> {
  const staff = await db.models.StaffUser.findOne({ where: { loginId: input.loginId } });
  const account = staff && { ref: { kind: 'staff', id: staff.id } as const, passwordHash: staff.passwordHash };
  if (!(await check(db, auth, account, input.password)) || !staff) return { ok: false, reason: 'invalid' };
  await recordSuccessfulLogin(db, { kind: 'staff', id: staff.id });
  return { ok: true, value: staff };
}

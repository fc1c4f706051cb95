// ユーザ of a member: creation with the password recorded in its history, and the 10-担当者 limit
// held under concurrent requests by locking the member's row for the count and the insert.
import type { Transaction } from 'sequelize';
import { hashPassword } from '../../domain/password-hash';
import { MAX_PERSONS_IN_CHARGE } from '../../domain/user-limits';
import type { AdministratorInfo } from '../../domain/application-data';
import type { Database } from '../database';
import type { User, UserRole } from '../models/user';

/** The user fields of the manual (3.2): the same for 担当者 and for 管理者 entered in an application. */
export type UserProfile = AdministratorInfo;

export interface NewUser extends UserProfile {
  businessCode: string;
  role: UserRole;
  adminSlot: 1 | 2 | null;
}

export class UserLimitReachedError extends Error {}
export class UserIdTakenError extends Error {}

/**
 * Inserts a user whose password is `password` (recorded in the history). With `mustChange` the
 * password is an initial one the user has to replace at first login.
 */
export async function insertUser(db: Database, input: NewUser, password: string, mustChange: boolean, transaction: Transaction): Promise<User> {
  const { User, PasswordHistory } = db.models;
  const taken = await User.findOne({ where: { businessCode: input.businessCode, userId: input.userId }, transaction });
  if (taken) throw new UserIdTakenError(input.userId);
  const passwordHash = await hashPassword(password);
  const user = await User.create(
    { ...input, passwordHash, passwordChangedAt: new Date(), mustChangePassword: mustChange },
    { transaction },
  );
  await PasswordHistory.create({ userId: user.id, staffUserId: null, passwordHash }, { transaction });
  return user;
}

/** Adds a 担当者; refuses the eleventh even when requests arrive at the same instant. */
export async function addPersonInCharge(db: Database, profile: UserProfile & { businessCode: string }, password: string): Promise<User> {
  return db.sequelize.transaction(async (transaction) => {
    // SELECT … FOR UPDATE on the member row: concurrent additions for one member queue here.
    await db.models.Member.findByPk(profile.businessCode, { transaction, lock: transaction.LOCK.UPDATE });
    const count = await db.models.User.count({ where: { businessCode: profile.businessCode, role: 'person_in_charge' }, transaction });
    if (count >= MAX_PERSONS_IN_CHARGE) throw new UserLimitReachedError(profile.businessCode);
    return insertUser(db, { ...profile, role: 'person_in_charge', adminSlot: null }, password, true, transaction);
  });
}

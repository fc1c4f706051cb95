// Passwords of members' users and staff: setting one (hash, history, sessions ended, all in one
// transaction), the history rule, and the record of failed and successful logins. 過去3世代 counts
// the passwords users chose, so a temporary one mailed here (new user, reset, 承認) takes no slot in
// the history; being current, it is still refused as the next one (the callers compare with it).
import { Op, type Transaction } from 'sequelize';
import { hashPassword, verifyPassword } from '../../domain/password-hash';
import type { Database } from '../database';
import { accountModel, ownerColumns, ownerWhere, type AccountRef } from './account';
import { endAllSessions } from './sessions';

/** Whether the password equals one of the last `depth` passwords the account's user chose. */
export async function isRecentPassword(db: Database, owner: AccountRef, password: string, depth: number): Promise<boolean> {
  const recent = await db.models.PasswordHistory.findAll({
    where: ownerWhere(owner),
    order: [['id', 'DESC']],
    limit: depth,
  });
  for (const entry of recent) {
    if (await verifyPassword(entry.passwordHash, password)) return true;
  }
  return false;
}

export interface SetPasswordOptions {
  /** Initial and reset passwords must be changed at the next login, and stay out of the history. */
  mustChange: boolean;
  transaction?: Transaction;
}

/** Sets a new password and ends every session of the account (they were opened with the old one). */
export async function setPassword(db: Database, owner: AccountRef, password: string, options: SetPasswordOptions): Promise<void> {
  const passwordHash = await hashPassword(password);
  const apply = async (transaction: Transaction) => {
    const Model = accountModel(db, owner.kind);
    await (Model as typeof db.models.User).update(
      { passwordHash, passwordChangedAt: new Date(), mustChangePassword: options.mustChange, failedLoginCount: 0, lockedUntil: null },
      { where: { id: owner.id }, transaction },
    );
    if (!options.mustChange) await db.models.PasswordHistory.create({ ...ownerColumns(owner), passwordHash }, { transaction });
    await endAllSessions(db, owner, transaction);
  };
  if (options.transaction) await apply(options.transaction);
  else await db.sequelize.transaction(apply);
}

/**
 * Counts a failed login. The failure that reaches the threshold locks the account for a while and
 * starts the count again, so a stranger can only ever lock it for `lockMs` at a time, and failures
 * while it is locked neither count nor extend the lock.
 */
export async function recordFailedLogin(db: Database, owner: AccountRef, threshold: number, lockMs: number): Promise<void> {
  const table = owner.kind === 'user' ? 'users' : 'staff_users';
  await db.sequelize.query(
    `UPDATE ${table}
        SET locked_until = CASE WHEN failed_login_count + 1 >= :threshold THEN :until ELSE locked_until END,
            failed_login_count = CASE WHEN failed_login_count + 1 >= :threshold THEN 0 ELSE failed_login_count + 1 END
      WHERE id = :id AND (locked_until IS NULL OR locked_until <= NOW())`,
    { replacements: { threshold, until: new Date(Date.now() + lockMs), id: owner.id } },
  );
}

/** A successful login: 前回ログイン日時 becomes the last one, failures are forgotten. */
export async function recordSuccessfulLogin(db: Database, owner: AccountRef): Promise<void> {
  const table = owner.kind === 'user' ? 'users' : 'staff_users';
  await db.sequelize.query(
    `UPDATE ${table} SET previous_login_at = last_login_at, last_login_at = NOW(), failed_login_count = 0, locked_until = NULL WHERE id = :id`,
    { replacements: { id: owner.id } },
  );
}

export function isLocked(lockedUntil: Date | null, now = new Date()): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Reset-link tokens of a user that were never used: removed when the password is set another way. */
export async function dropUnusedResetTokens(db: Database, userId: number, transaction?: Transaction): Promise<void> {
  await db.models.PasswordResetToken.destroy({ where: { userId, usedAt: { [Op.is]: null } }, transaction });
}

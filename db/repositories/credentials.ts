// Passwords of members' users and staff: setting one (hash, history, sessions ended, all in one
// transaction), the history rule, and the record of attempts and logins. 過去3世代 counts
// the passwords users chose, so a temporary one mailed here (new user, reset, 承認) takes no slot in
// the history; being current, it is still refused as the next one (isReusedPassword compares with it).
import { Op, QueryTypes, type Transaction } from 'sequelize';
import { hashPassword, verifyPassword } from '../../domain/password-hash';
import type { Database } from '../database';
import { accountModel, ownerColumns, ownerWhere, type AccountRef } from './account';
import { endAllSessions } from './sessions';

/** Whether the password equals one of the last `depth` passwords the account's user chose. */
async function isRecentPassword(db: Database, owner: AccountRef, password: string, depth: number): Promise<boolean> {
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

/**
 * Whether `password` may not be the next one: it is the current password (`currentHash`), which
 * counts even when it was set outside the history (e.g. at 承認), or one of the last `depth` chosen.
 */
export async function isReusedPassword(db: Database, owner: AccountRef, currentHash: string, password: string, depth: number): Promise<boolean> {
  return (await verifyPassword(currentHash, password)) || (await isRecentPassword(db, owner, password, depth));
}

export interface SetPasswordOptions {
  /** Initial and reset passwords must be changed at the next login, and stay out of the history. */
  mustChange: boolean;
  transaction?: Transaction;
}

/**
 * Sets a new password and ends every session of the account (they were opened with the old one).
 * A user's unused reset links die with the old password: one asked for before stays no way in.
 */
export async function setPassword(db: Database, owner: AccountRef, password: string, options: SetPasswordOptions): Promise<void> {
  const passwordHash = await hashPassword(password);
  const apply = async (transaction: Transaction) => {
    const Model = accountModel(db, owner.kind);
    await (Model as typeof db.models.User).update(
      { passwordHash, passwordChangedAt: new Date(), mustChangePassword: options.mustChange, failedLoginCount: 0, lockedUntil: null },
      { where: { id: owner.id }, transaction },
    );
    if (!options.mustChange) await db.models.PasswordHistory.create({ ...ownerColumns(owner), passwordHash }, { transaction });
    if (owner.kind === 'user') await dropUnusedResetTokens(db, owner.id, transaction);
    await endAllSessions(db, owner, 'password_changed', transaction);
  };
  if (options.transaction) await apply(options.transaction);
  else await db.sequelize.transaction(apply);
}

function credentialTable(owner: AccountRef): string {
  return owner.kind === 'user' ? 'users' : 'staff_users';
}

/** An attempt allowed to have its password verified; `lockedUntil` is the lock it set itself, if any. */
export interface LoginAttempt {
  lockedUntil: Date | null;
}

/**
 * Takes one attempt, in one statement and before the password is verified, so attempts sent at
 * once cannot outrun the count: each counts as a failure until a right password clears it, and the
 * one that reaches the threshold locks the account for `lockMs` (still evaluated itself) and starts
 * the count again. A stranger can therefore only ever lock it for `lockMs` at a time. Null while
 * locked: such attempts are not evaluated, and neither count nor extend the lock.
 */
export async function reserveLoginAttempt(db: Database, owner: AccountRef, threshold: number, lockMs: number): Promise<LoginAttempt | null> {
  const until = new Date(Date.now() + lockMs);
  const rows = await db.sequelize.query<{ locked: boolean }>(
    `UPDATE ${credentialTable(owner)}
        SET locked_until = CASE WHEN failed_login_count + 1 >= :threshold THEN CAST(:until AS timestamptz) END,
            failed_login_count = CASE WHEN failed_login_count + 1 >= :threshold THEN 0 ELSE failed_login_count + 1 END
      WHERE id = :id AND (locked_until IS NULL OR locked_until <= NOW())
      RETURNING locked_until IS NOT NULL AS locked`,
    { type: QueryTypes.SELECT, replacements: { threshold, until, id: owner.id } },
  );
  const row = rows[0];
  return row ? { lockedUntil: row.locked ? until : null } : null;
}

/**
 * The password of `attempt` was right: failures are forgotten and the attempt's own lock lifted.
 * False, and no login, if another attempt locked the account while this one was verified (it was
 * one of a burst that used up the attempts) or the password was changed meanwhile (the verified
 * one no longer holds).
 */
export async function recordRightPassword(db: Database, owner: AccountRef, attempt: LoginAttempt, verifiedHash: string): Promise<boolean> {
  const rows = await db.sequelize.query(
    `UPDATE ${credentialTable(owner)} SET failed_login_count = 0, locked_until = NULL
      WHERE id = :id AND password_hash = :verifiedHash
        AND (locked_until IS NULL OR locked_until <= NOW() OR locked_until = :ownLock)
      RETURNING id`,
    { type: QueryTypes.SELECT, replacements: { id: owner.id, verifiedHash, ownLock: attempt.lockedUntil } },
  );
  return rows.length > 0;
}

/** A login (after recordRightPassword): 前回ログイン日時 becomes the last one. */
export async function recordSuccessfulLogin(db: Database, owner: AccountRef): Promise<void> {
  await db.sequelize.query(`UPDATE ${credentialTable(owner)} SET previous_login_at = last_login_at, last_login_at = NOW() WHERE id = :id`, {
    replacements: { id: owner.id },
  });
}

/** Reset-link tokens of a user that were never used: removed whenever a password is set. */
export async function dropUnusedResetTokens(db: Database, userId: number, transaction?: Transaction): Promise<void> {
  await db.models.PasswordResetToken.destroy({ where: { userId, usedAt: { [Op.is]: null } }, transaction });
}

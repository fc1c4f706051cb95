// ユーザ of a member: creation with the password recorded in its history, and the 10-担当者 limit
// held under concurrent requests by locking the member's row for the count and the insert.
// ユーザ管理's changes (担当者 登録, 変更, 削除 and パスワード初期化) are recorded in the audit trail
// in the transaction that makes them.
import { Op, UniqueConstraintError, type Transaction } from 'sequelize';
import { digestOf } from '../../domain/digest';
import { administratorChanges } from '../../domain/member-diff';
import { hashPassword } from '../../domain/password-hash';
import { generateSecretToken } from '../../domain/secret-token';
import { MAX_PERSONS_IN_CHARGE } from '../../domain/user-limits';
import type { AdministratorInfo } from '../../domain/application-data';
import type { Database } from '../database';
import type { MemberAuditEntry } from '../models/member-audit-entry';
import type { User, UserRole } from '../models/user';
import { dropUnusedResetTokens } from './credentials';
import { lockActiveMember } from './member-lock';
import { recordAudit } from './member-audit';
import { endAllSessions } from './sessions';

/** The user fields of the manual (3.2): the same for 担当者 and for 管理者 entered in an application. */
export type UserProfile = AdministratorInfo;

/** A user's fields as the forms hold them, the same for 担当者 and 管理者. */
export function administratorInfo(user: User): AdministratorInfo {
  const { userId, duties, department, lastName, firstName, lastNameKana, firstNameKana, email, phone, note } = user;
  return { userId, duties: [...duties], department, lastName, firstName, lastNameKana, firstNameKana, email, phone, note };
}

export interface NewUser extends UserProfile {
  businessCode: string;
  role: UserRole;
  adminSlot: 1 | 2 | null;
  registrationFormId?: string | null;
}

/**
 * A ユーザID as members read it: USR001 and usr001 are one ID, so no member has both (a unique
 * index on lower(user_id) holds it). Login still takes the ID as it was registered.
 */
export function sameUserId(db: Database, userId: string) {
  const { sequelize } = db;
  return sequelize.where(sequelize.fn('lower', sequelize.col('user_id')), userId.toLowerCase());
}

const USER_ID_INDEXES = new Set(['users_business_code_user_id', 'users_business_code_lower_user_id']);

export class UserLimitReachedError extends Error {}
export class UserIdTakenError extends Error {}

/**
 * Inserts a user whose password is `password`. With `mustChange` the password is an initial one
 * the user has to replace at first login, kept out of the history (過去3世代 counts chosen ones).
 */
export async function insertUser(db: Database, input: NewUser, password: string, mustChange: boolean, transaction: Transaction): Promise<User> {
  const { User, PasswordHistory } = db.models;
  const taken = await User.findOne({ where: { businessCode: input.businessCode, [Op.and]: [sameUserId(db, input.userId)] }, transaction });
  if (taken) throw new UserIdTakenError(input.userId);
  const passwordHash = await hashPassword(password);
  const user = await User.create({ ...input, passwordHash, passwordChangedAt: new Date(), mustChangePassword: mustChange }, { transaction }).catch((error: unknown) => {
    // The same ID registered by someone else meanwhile: the indexes on the ID say so.
    if (error instanceof UniqueConstraintError && USER_ID_INDEXES.has(String((error.parent as { constraint?: string }).constraint))) throw new UserIdTakenError(input.userId);
    throw error;
  });
  if (!mustChange) await PasswordHistory.create({ userId: user.id, staffUserId: null, passwordHash }, { transaction });
  return user;
}

/** How the trail names the user an entry is about: role, ユーザID and the name at the time. */
function trailSubject(user: User): string {
  return `${user.role === 'administrator' ? '管理者' : '担当者'} ${user.userId}（${user.lastName} ${user.firstName}）`;
}

export interface AddedPersonInCharge {
  user: User;
  /** Its 担当者登録 entry in the trail, taken back with the user if the registration is undone. */
  audit: MemberAuditEntry | undefined;
}

/** The 担当者 a ユーザ情報登録 form registered, if it was sent before. */
export function registeredByForm(db: Database, businessCode: string, registrationFormId: string): Promise<User | null> {
  return db.models.User.findOne({ where: { businessCode, registrationFormId } });
}

/**
 * Adds a 担当者 (by `actor`, a 管理者) with an unknown password; refuses the eleventh even when
 * requests arrive at the same instant.
 */
export async function addPersonInCharge(
  db: Database,
  profile: UserProfile & { businessCode: string; registrationFormId: string },
  actor: string,
): Promise<AddedPersonInCharge> {
  return db.sequelize.transaction(async (transaction) => {
    // Concurrent additions for one member queue here.
    await lockActiveMember(db, profile.businessCode, transaction);
    const count = await db.models.User.count({ where: { businessCode: profile.businessCode, role: 'person_in_charge' }, transaction });
    if (count >= MAX_PERSONS_IN_CHARGE) throw new UserLimitReachedError(profile.businessCode);
    // Only the mail's activity makes the password the user gets.
    const user = await insertUser(db, { ...profile, role: 'person_in_charge', adminSlot: null }, generateSecretToken(), true, transaction);
    const changes = administratorChanges('担当者', null, administratorInfo(user));
    const audit = await recordAudit(db, { businessCode: user.businessCode, actor, action: 'user_added', requestId: null, changes }, transaction);
    return { user, audit };
  });
}

/**
 * Undoes a registration whose password mail could not be started: the user (its password history
 * goes with it) and its entry in the trail, so it never happened and the 管理者 can register the
 * same ユーザID again.
 */
export async function undoAddPersonInCharge(db: Database, added: AddedPersonInCharge): Promise<void> {
  await db.sequelize.transaction(async (transaction) => {
    await added.user.destroy({ transaction });
    await added.audit?.destroy({ transaction });
  });
}

/** What ユーザ情報詳細 shows of a user, as its form's edit basis. */
export function profileBasis(user: User): string {
  return digestOf(administratorInfo(user));
}

/**
 * Changes a 担当者's fields (not its ユーザID): 'gone' when it is no longer a 担当者 of the member,
 * 'stale' when its fields changed since the form was shown (`basis`; null: unchecked).
 * The row is locked so the trail's "before" is what this change replaced.
 */
export async function updatePersonInCharge(
  db: Database,
  user: User,
  profile: Omit<UserProfile, 'userId'>,
  actor: string,
  basis: string | null,
): Promise<'updated' | 'gone' | 'stale'> {
  return db.sequelize.transaction(async (transaction) => {
    await lockActiveMember(db, user.businessCode, transaction);
    const current = await db.models.User.findByPk(user.id, { transaction, lock: transaction.LOCK.UPDATE });
    if (current?.role !== 'person_in_charge') return 'gone';
    if (basis && profileBasis(current) !== basis) return 'stale';
    const before = administratorInfo(current);
    const changes = administratorChanges(trailSubject(current), before, { ...before, ...profile });
    await current.update(profile, { transaction });
    await recordAudit(db, { businessCode: current.businessCode, actor, action: 'user_changed', requestId: null, changes }, transaction);
    return 'updated';
  });
}

/** Deletes a 担当者 and ends its sessions; false when it is no longer a 担当者 of the member. */
export async function deletePersonInCharge(db: Database, user: User, actor: string): Promise<boolean> {
  return db.sequelize.transaction(async (transaction) => {
    await lockActiveMember(db, user.businessCode, transaction);
    const current = await db.models.User.findByPk(user.id, { transaction, lock: transaction.LOCK.UPDATE });
    if (current?.role !== 'person_in_charge') return false;
    await endAllSessions(db, { kind: 'user', id: current.id }, 'user_deleted', transaction);
    await current.destroy({ transaction });
    const changes = [
      { label: '担当者 ユーザID', before: current.userId, after: '' },
      { label: '担当者 氏名', before: `${current.lastName} ${current.firstName}`, after: '' },
    ];
    await recordAudit(db, { businessCode: current.businessCode, actor, action: 'user_deleted', requestId: null, changes }, transaction);
    return true;
  });
}

/**
 * パスワード初期化 once its mail is started: the old password stops working and the user's sessions
 * end. Unless the mail's activity has already set the new password (it moves passwordChangedAt):
 * the mailed password must stay valid. The trail records that it happened, never a password.
 * False when the user was deleted meanwhile (its mail finds no one to send to): nothing is recorded.
 */
export async function voidPasswordForReset(db: Database, user: User, actor: string): Promise<boolean> {
  const passwordHash = await hashPassword(generateSecretToken());
  return db.sequelize.transaction(async (transaction) => {
    await lockActiveMember(db, user.businessCode, transaction);
    const current = await db.models.User.findByPk(user.id, { transaction, lock: transaction.LOCK.UPDATE });
    if (!current) return false;
    if (current.passwordChangedAt.getTime() === user.passwordChangedAt.getTime()) {
      await current.update({ passwordHash, mustChangePassword: true }, { transaction });
    }
    await endAllSessions(db, { kind: 'user', id: user.id }, 'password_reset', transaction);
    await dropUnusedResetTokens(db, user.id, transaction);
    const changes = [{ label: `${trailSubject(user)} パスワード`, before: '', after: '初期化' }];
    await recordAudit(db, { businessCode: user.businessCode, actor, action: 'password_reset', requestId: null, changes }, transaction);
    return true;
  });
}

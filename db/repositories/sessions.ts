// Login sessions after Lucia's design (lucia-auth.com/sessions): a random token in the cookie,
// its SHA-256 as the row id, sliding expiry. Ending sessions is a DELETE, so a stolen cookie of
// an ended session is worth nothing; what is kept is only why it ended (ended_sessions), for the
// ログイン page to tell the owner.
import { QueryTypes, type Transaction } from 'sequelize';
import { generateSecretToken, hashSecretToken } from '../../domain/secret-token';
import type { SessionEndReason } from '../../domain/session-end';
import type { Database } from '../database';
import type { Member } from '../models/member';
import type { Session } from '../models/session';
import type { StaffUser } from '../models/staff-user';
import type { User } from '../models/user';
import { columnsOf, instanceOf } from './joined-rows';
import { ownerColumns, type AccountRef } from './account';

export async function createSession(db: Database, owner: AccountRef, idleMs: number): Promise<string> {
  const token = generateSecretToken();
  await db.models.Session.create({ id: hashSecretToken(token), ...ownerColumns(owner), expiresAt: new Date(Date.now() + idleMs) });
  return token;
}

/**
 * Whether a session's expiry is to be written forward now (or it has passed): at most once per
 * half period instead of on every request.
 */
export function isDueForSliding(expiresAt: Date, idleMs: number, now = Date.now()): boolean {
  return expiresAt.getTime() - now < idleMs / 2;
}

/** Ends an expired session (false), or slides its expiry forward (true). */
async function keepAlive(db: Database, session: Session, idleMs: number): Promise<boolean> {
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) {
    await endSessionsWhere(db.sequelize, 'id = :id', { id: session.id }, 'expired');
    return false;
  }
  if (isDueForSliding(session.expiresAt, idleMs, now)) {
    session.expiresAt = new Date(now + idleMs);
    await session.save();
  }
  return true;
}

/**
 * A member user's live session with its user and member, read in one query (every member page
 * asks for it).
 */
export async function memberSessionOf(db: Database, token: string, idleMs: number): Promise<{ session: Session; user: User; member: Member } | null> {
  const { Session, User, Member } = db.models;
  const found = await liveSession(
    db,
    `SELECT ${columnsOf(Session, 's')}, ${columnsOf(User, 'u')}, ${columnsOf(Member, 'm')}
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN members m ON m.business_code = u.business_code
      WHERE s.id = :id`,
    token,
    idleMs,
  );
  return found && { session: found.session, user: instanceOf(User, 'u', found.row), member: instanceOf(Member, 'm', found.row) };
}

/** A staff member's live session with the staff member, read in one query (every console page asks for it). */
export async function staffSessionOf(db: Database, token: string, idleMs: number): Promise<{ session: Session; staff: StaffUser } | null> {
  const { Session, StaffUser } = db.models;
  const found = await liveSession(
    db,
    `SELECT ${columnsOf(Session, 's')}, ${columnsOf(StaffUser, 'st')} FROM sessions s JOIN staff_users st ON st.id = s.staff_user_id WHERE s.id = :id`,
    token,
    idleMs,
  );
  return found && { session: found.session, staff: instanceOf(StaffUser, 'st', found.row) };
}

/**
 * The session of a cookie's token (its columns under `s.`) and the row it was read in; null when
 * unknown or expired (an expired one is ended). A live one's expiry is slid forward.
 */
async function liveSession(db: Database, sql: string, token: string, idleMs: number): Promise<{ session: Session; row: Record<string, unknown> } | null> {
  const [row] = await db.sequelize.query<Record<string, unknown>>(sql, { type: QueryTypes.SELECT, replacements: { id: hashSecretToken(token) } });
  if (!row) return null;
  const session = instanceOf(db.models.Session, 's', row);
  return (await keepAlive(db, session, idleMs)) ? { session, row } : null;
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.models.Session.destroy({ where: { id: hashSecretToken(token) } });
}

/**
 * Deletes the sessions the condition selects and keeps why they ended for a day: a browser keeps
 * its session cookie until it closes, so its owner may come back the next morning. Reasons older
 * than that are swept on the way, skipping any another sweep holds (no waiting inside a decision's
 * transaction).
 */
async function endSessionsWhere(
  sequelize: Database['sequelize'],
  condition: string,
  replacements: Record<string, unknown>,
  reason: SessionEndReason,
  transaction?: Transaction,
): Promise<void> {
  await sequelize.query(
    `WITH ended AS (DELETE FROM sessions WHERE ${condition} RETURNING id),
          swept AS (DELETE FROM ended_sessions WHERE id IN (SELECT id FROM ended_sessions WHERE expires_at < now() FOR UPDATE SKIP LOCKED))
     INSERT INTO ended_sessions (id, reason, expires_at) SELECT id, :reason, now() + interval '1 day' FROM ended ON CONFLICT (id) DO NOTHING`,
    { replacements: { ...replacements, reason }, transaction },
  );
}

export async function endAllSessions(db: Database, owner: AccountRef, reason: SessionEndReason, transaction?: Transaction): Promise<void> {
  const condition = owner.kind === 'user' ? 'user_id = :ownerId' : 'staff_user_id = :ownerId';
  await endSessionsWhere(db.sequelize, condition, { ownerId: owner.id }, reason, transaction);
}

/** Ends every session of every user of a member: called when its membership ends (承継/脱退). */
export async function endSessionsOfMember(db: Database, businessCode: string, transaction?: Transaction): Promise<void> {
  await endSessionsWhere(db.sequelize, 'user_id IN (SELECT id FROM users WHERE business_code = :businessCode)', { businessCode }, 'membership_ended', transaction);
}

/** Why the session of this token ended, told once; null when it was never recorded or is more than a day old. */
export async function takeSessionEndReason(db: Database, token: string): Promise<SessionEndReason | null> {
  const rows = await db.sequelize.query<{ reason: SessionEndReason }>('DELETE FROM ended_sessions WHERE id = :id AND expires_at >= now() RETURNING reason', {
    type: QueryTypes.SELECT,
    replacements: { id: hashSecretToken(token) },
  });
  return rows[0]?.reason ?? null;
}

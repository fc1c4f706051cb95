// Limits on the mails anyone can ask for through a public form (リンク確認, 「ID／パスワードを忘れた方は
// こちら」), counted in PostgreSQL so that they hold across web processes and restarts. Each count
// and what it guards run under a transaction-level advisory lock on the recipient: requests
// arriving at the same instant cannot all find the count below the limit.
import { literal, Op, QueryTypes, where } from 'sequelize';
import type { SendLimit } from '../../config';
import { MAILBOX_SQL, mailboxOf } from '../../domain/mailbox';
import type { Database } from '../database';

// First keys of the two-key advisory locks, one per kind of mail, so that the two never meet.
const JOIN_LINK_LOCK = 7301;
const PASSWORD_RESET_LOCK = 7302;

export interface JoinLinkApplication {
  id: string;
  companyName: string;
  contactName: string;
  email: string;
  linkExpiresAt: Date;
}

/**
 * Records an application of リンク確認 and runs `start` (the start of its workflow) in the same
 * transaction, so that a start that fails leaves no row. Refuses (false: nothing recorded or
 * started) when the mailbox already has `limit.max` applications within the window. An id already
 * recorded is a double submission of one form: not counted again, and `start` runs to find its
 * workflow started.
 */
export async function recordJoinLinkApplication(
  db: Database,
  application: JoinLinkApplication,
  limit: SendLimit,
  start: () => Promise<void>,
): Promise<boolean> {
  const { MembershipApplication } = db.models;
  return db.sequelize.transaction(async (transaction) => {
    await db.sequelize.query('SELECT pg_advisory_xact_lock(:kind, hashtext(:key))', {
      replacements: { kind: JOIN_LINK_LOCK, key: mailboxOf(application.email) },
      type: QueryTypes.SELECT,
      transaction,
    });
    if (!(await MembershipApplication.findByPk(application.id, { attributes: ['id'], transaction }))) {
      const recent = await MembershipApplication.count({
        where: { [Op.and]: [where(literal(MAILBOX_SQL), mailboxOf(application.email)), { createdAt: { [Op.gt]: new Date(Date.now() - limit.windowMs) } }] },
        transaction,
      });
      if (recent >= limit.max) return false;
      // The same row the workflow's first step writes; it finds this one there and leaves it.
      await MembershipApplication.bulkCreate([{ ...application, status: 'link_sent' }], { ignoreDuplicates: true, transaction });
    }
    await start();
    return true;
  });
}

export type ResetMailOutcome = 'sent' | 'limit-reached' | 'in-progress';

/**
 * Runs `send` (a password reset mail to the user) unless the user already had `limit.max` reset
 * links made within the window, or another request for the same user is being handled at this
 * moment (it holds the lock; the request is dropped rather than queued, so that a burst cannot
 * tie up database connections). The links are made by the mail's activity, not here: `send` is to
 * return once the link exists, so that the next request finds it counted.
 */
export async function sendWithinResetMailLimit(db: Database, userRowId: number, limit: SendLimit, send: () => Promise<void>): Promise<ResetMailOutcome> {
  return db.sequelize.transaction(async (transaction) => {
    const [lock] = await db.sequelize.query<{ acquired: boolean }>('SELECT pg_try_advisory_xact_lock(:kind, :userRowId) AS acquired', {
      replacements: { kind: PASSWORD_RESET_LOCK, userRowId },
      type: QueryTypes.SELECT,
      transaction,
    });
    if (!lock?.acquired) return 'in-progress';
    const made = await db.models.PasswordResetToken.count({
      where: { userId: userRowId, createdAt: { [Op.gt]: new Date(Date.now() - limit.windowMs) } },
      transaction,
    });
    if (made >= limit.max) return 'limit-reached';
    await send();
    return 'sent';
  });
}

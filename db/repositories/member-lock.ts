// Every change a member makes takes its member row (SELECT … FOR UPDATE) before writing anything
// else. Changes of one member then queue in one order: no deadlock between the foreign-key lock an
// insert takes on the member and this lock. A change that queued behind a 承継・脱退 approval finds
// the membership ended and writes nothing.
import type { Transaction } from 'sequelize';
import type { Database } from '../database';
import type { Member } from '../models/member';

/** The membership ended (承継・脱退) while the request was on its way: nothing was written. */
export class MembershipEndedError extends Error {
  constructor(readonly businessCode: string) {
    super(`membership ${businessCode} has ended`);
  }
}

export async function lockActiveMember(db: Database, businessCode: string, transaction: Transaction): Promise<Member> {
  const member = await db.models.Member.findByPk(businessCode, { transaction, lock: transaction.LOCK.UPDATE });
  if (member?.status !== 'active') throw new MembershipEndedError(businessCode);
  return member;
}

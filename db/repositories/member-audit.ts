// Writes the audit trail of member data, always inside the transaction that makes the change, so
// a change is never without its entry nor an entry without its change.
import type { Transaction } from 'sequelize';
import type { AuditAction } from '../../domain/audit-action';
import type { FieldChange } from '../../domain/member-diff';
import type { Database } from '../database';
import type { MemberAuditEntry } from '../models/member-audit-entry';
import type { User } from '../models/user';

export interface AuditInput {
  businessCode: string;
  actor: string;
  action: AuditAction;
  requestId: string | null;
  changes: FieldChange[];
}

/** The entry written; none when nothing changed. */
export async function recordAudit(db: Database, input: AuditInput, transaction: Transaction): Promise<MemberAuditEntry | undefined> {
  if (input.changes.length === 0) return undefined;
  return db.models.MemberAuditEntry.create({ ...input, occurredAt: new Date() }, { transaction });
}

/** How a member's user is named in the trail and on requests: ユーザID and 氏名. */
export function userActor(user: Pick<User, 'userId' | 'lastName' | 'firstName'>): string {
  return `user:${user.userId} ${user.lastName} ${user.firstName}`;
}

export function staffActor(loginId: string): string {
  return `staff:${loginId}`;
}

// Who owns a session, a password history entry or a login record: a member's ユーザ or a staff
// account. Both tables carry the same credential columns, so the rules are written once.
import type { Database } from '../database';

export type AccountRef = { kind: 'user'; id: number } | { kind: 'staff'; id: number };

export function ownerWhere(ref: AccountRef): { userId: number } | { staffUserId: number } {
  return ref.kind === 'user' ? { userId: ref.id } : { staffUserId: ref.id };
}

export function ownerColumns(ref: AccountRef): { userId: number | null; staffUserId: number | null } {
  return ref.kind === 'user' ? { userId: ref.id, staffUserId: null } : { userId: null, staffUserId: ref.id };
}

export function accountModel(db: Database, kind: AccountRef['kind']) {
  return kind === 'user' ? db.models.User : db.models.StaffUser;
}

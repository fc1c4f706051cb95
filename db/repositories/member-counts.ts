// How many members there are, in all or in one status: read from the counts that migration 0019's
// triggers keep, not by counting the members (which grows with the table).
import { QueryTypes } from 'sequelize';
import type { MemberStatus } from '../../domain/member-status';
import type { Database } from '../database';

export async function memberCount(db: Database, status: MemberStatus | ''): Promise<number> {
  const [row] = await db.sequelize.query<{ members: string | null }>(
    "SELECT sum(members) AS members FROM member_status_counts WHERE :status = '' OR status = :status",
    { replacements: { status }, type: QueryTypes.SELECT },
  );
  return Number(row?.members ?? 0);
}

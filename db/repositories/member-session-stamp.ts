// The cheap check every member page makes: is the session alive, and has anything a member page
// shows changed? One prepared statement on a pooled connection, without building models. The
// stamp is made of PostgreSQL's row versions (xmin changes with every write to a row), so any
// change to the member or to any of its users, by any process, gives a new stamp.
import type { ClientBase } from 'pg';
import type { Database } from '../database';

export interface MemberSessionStamp {
  userId: string;
  expiresAt: Date;
  /** Equal stamps mean the user, its member and the member's users are as they were. */
  stamp: string;
}

const STAMP_QUERY = {
  name: 'member-session-stamp',
  text: `SELECT s.user_id, s.expires_at,
                m.xmin::text || '|' || (SELECT string_agg(o.id::text || '.' || o.xmin::text, ',' ORDER BY o.id)
                                          FROM users o WHERE o.business_code = u.business_code) AS stamp
           FROM sessions s JOIN users u ON u.id = s.user_id JOIN members m ON m.business_code = u.business_code
          WHERE s.id = $1`,
};

export async function memberSessionStamp(db: Database, sessionId: string): Promise<MemberSessionStamp | null> {
  const { connectionManager } = db.sequelize;
  // The postgres dialect's pooled connections are node-postgres clients.
  const client = (await connectionManager.getConnection({ type: 'read' })) as ClientBase;
  try {
    const { rows } = await client.query<{ user_id: string; expires_at: Date; stamp: string }>({ ...STAMP_QUERY, values: [sessionId] });
    const row = rows[0];
    return row ? { userId: row.user_id, expiresAt: row.expires_at, stamp: row.stamp } : null;
  } finally {
    connectionManager.releaseConnection(client);
  }
}

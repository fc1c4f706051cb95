// The cheap check every member page makes: is the session alive, and has anything a member page
// shows changed? A prepared statement on a pooled connection, without building models. The stamp
// is made of PostgreSQL's row versions (xmin changes with every write to a row), so any change to
// the member or to any of its users, by any process, gives a new stamp.
import type { ClientBase } from 'pg';
import { ConnectionError } from 'sequelize';
import type { Database } from '../database';

export interface MemberSessionStamp {
  expiresAt: Date;
  /** Equal stamps mean the user, its member and the member's users are as they were. */
  stamp: string;
}

// The query lives in migration 0010's function, which keeps one plan instead of planning each read.
const STAMPS_QUERY = { name: 'member-session-stamps', text: 'SELECT id, expires_at, stamp FROM member_session_stamps($1::text[])' };

async function readStamps(db: Database, sessionIds: string[]): Promise<Map<string, MemberSessionStamp>> {
  const { connectionManager } = db.sequelize;
  // The postgres dialect's pooled connections are node-postgres clients.
  const client = (await connectionManager.getConnection({ type: 'read' })) as ClientBase;
  try {
    const { rows } = await client.query<{ id: string; expires_at: Date; stamp: string }>({ ...STAMPS_QUERY, values: [sessionIds] });
    return new Map(rows.map((row) => [row.id, { expiresAt: row.expires_at, stamp: row.stamp }]));
  } catch (error) {
    throw lostConnection(error) ? new ConnectionError(error as Error) : error;
  } finally {
    connectionManager.releaseConnection(client);
  }
}

/**
 * A reader of stamps by session id (the SHA-256 the sessions table keeps). A read starts once the
 * event loop has taken in every request that arrived together, and while it is on its way the
 * requests arriving meanwhile wait for the next one: under load a round trip to PostgreSQL serves
 * many requests, and none reads what was stored before it arrived.
 */
export function memberSessionStamps(db: Database): (sessionId: string) => Promise<MemberSessionStamp | null> {
  type Waiter = { resolve: (stamp: MemberSessionStamp | null) => void; reject: (error: unknown) => void };
  let waiting = new Map<string, Waiter[]>();
  let reading = false;

  async function readWhileWaiting(): Promise<void> {
    while (waiting.size > 0) {
      const batch = waiting;
      waiting = new Map();
      try {
        const stamps = await readStamps(db, [...batch.keys()]);
        for (const [sessionId, waiters] of batch) for (const waiter of waiters) waiter.resolve(stamps.get(sessionId) ?? null);
      } catch (error) {
        for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
      }
    }
    reading = false;
  }

  return (sessionId) =>
    new Promise((resolve, reject) => {
      const waiters = waiting.get(sessionId) ?? [];
      waiters.push({ resolve, reject });
      waiting.set(sessionId, waiters);
      if (!reading) {
        reading = true;
        // After the I/O phase: the requests parsed in it are all waiting by then.
        setImmediate(() => void readWhileWaiting());
      }
    });
}

/**
 * A connection that broke (no SQL error at all), a connection exception (SQLSTATE class 08) or a
 * server shutting down (57P): the database is away, which pages answer with 503, as Sequelize's
 * own ConnectionError is answered.
 */
export function lostConnection(error: unknown): boolean {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  if (severity === undefined) return true;
  return typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P'));
}

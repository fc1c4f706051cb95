// The stamp every member page reads (db/repositories/member-session-stamp.ts), as a function that
// keeps one generic plan per connection. Sent as a prepared statement with an array of session
// ids, the query was planned afresh on every execution: PostgreSQL's estimate for an array of
// unknown length made the generic plan look ten times dearer, and planning took longer (~0.3 ms)
// than running it. The SET clause applies to this function only, not to the connection's other
// queries, whose values the planner should keep seeing.
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query(`
    CREATE FUNCTION member_session_stamps(session_ids text[])
    RETURNS TABLE (id text, expires_at timestamptz, stamp text)
    LANGUAGE plpgsql STABLE
    SET plan_cache_mode = force_generic_plan
    AS $$
    BEGIN
      RETURN QUERY
        SELECT s.id::text, s.expires_at,
               m.xmin::text || '|' || (SELECT string_agg(o.id::text || '.' || o.xmin::text, ',' ORDER BY o.id)
                                         FROM users o WHERE o.business_code = u.business_code)
          FROM sessions s JOIN users u ON u.id = s.user_id JOIN members m ON m.business_code = u.business_code
         WHERE s.id = ANY(session_ids);
    END
    $$`);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP FUNCTION member_session_stamps(text[])');
}

// Why a session ended before its owner logged out (承継/脱退 approved, the user deleted, the password
// initialised or changed elsewhere, the idle period passed): kept by the ended session's id for a
// day, so the ログイン page can say why when its cookie comes back; expires_at is the reason's own.
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query(`CREATE TABLE ended_sessions (
    id varchar(64) PRIMARY KEY,
    reason varchar(32) NOT NULL,
    expires_at timestamptz NOT NULL
  )`);
  await qi.sequelize.query('CREATE INDEX ended_sessions_expires_at ON ended_sessions (expires_at)');
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP TABLE ended_sessions');
}

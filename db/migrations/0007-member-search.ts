// 会員一覧 at ten thousand members: the list's order and the 会社名 search use indexes
// (a trigram index serves ILIKE '%…%').
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await qi.sequelize.query('CREATE INDEX members_company_name_trgm ON members USING gin (company_name gin_trgm_ops)');
  await qi.sequelize.query('CREATE INDEX members_joined_at ON members (joined_at DESC, business_code)');
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX members_joined_at');
  await qi.sequelize.query('DROP INDEX members_company_name_trgm');
}

// 会員一覧's search also reads a 会社名 typed in kana (ミナト, みなと) against 会社名カナ, which the
// forms store in half-width katakana inside members.company. A trigram index on that value keeps
// the search from reading every member; no pending list, as for the 会社名 index (migration 0008).
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query(
    "CREATE INDEX members_company_name_kana_trgm ON members USING gin ((company->>'companyNameKana') gin_trgm_ops) WITH (fastupdate = off)",
  );
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX members_company_name_kana_trgm');
}

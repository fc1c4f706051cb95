// リンク確認's limit per address counts the applications to one address within a window: an index
// on the address as compared (lower case) and the time keeps that count from reading every row.
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('CREATE INDEX membership_applications_email_created ON membership_applications (lower(email), created_at)');
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX membership_applications_email_created');
}

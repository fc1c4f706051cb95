// リンク確認's limit counts the applications to one mailbox (domain/mailbox.ts): sub-addresses
// (taro+1@…, taro+2@…) reach the same one. The index follows the expression the count compares.
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX membership_applications_email_created');
  await qi.sequelize.query("CREATE INDEX membership_applications_mailbox_created ON membership_applications (regexp_replace(lower(email), '\\+[^@]*@', '@'), created_at)");
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX membership_applications_mailbox_created');
  await qi.sequelize.query('CREATE INDEX membership_applications_email_created ON membership_applications (lower(email), created_at)');
}

// A ユーザID is one ID however its letters are cased (USR001 = usr001): unique per member as
// compared in lower case, so two look-alike IDs can never be registered, even at once.
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('CREATE UNIQUE INDEX users_business_code_lower_user_id ON users (business_code, lower(user_id))');
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX users_business_code_lower_user_id');
}

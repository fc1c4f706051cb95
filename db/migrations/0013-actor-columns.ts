// "Who did this" is `user:<ユーザID> <姓> <名>` (up to 5 + 6 + 1 + 50 + 1 + 50 = 113 characters) or
// `staff:<ログインID>` (up to 38): 100 characters refused every action of a 管理者 with long names.
import { DataTypes, type QueryInterface } from 'sequelize';

const ACTOR_COLUMNS = [
  ['change_requests', 'submitted_by'],
  ['change_request_events', 'actor'],
  ['member_audit_entries', 'actor'],
  ['refund_accounts', 'registered_by'],
  ['membership_application_events', 'actor'],
] as const;

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const [table, column] of ACTOR_COLUMNS) {
    await qi.changeColumn(table, column, { type: DataTypes.STRING(200), allowNull: false });
  }
}

// Fails, rather than cutting names, once a longer actor has been recorded.
export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  for (const [table, column] of ACTOR_COLUMNS) {
    await qi.changeColumn(table, column, { type: DataTypes.STRING(100), allowNull: false });
  }
}

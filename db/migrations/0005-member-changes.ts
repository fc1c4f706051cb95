// 会員情報変更申請, 承継, 脱退 (第5章〜第7章), the audit trail of member data, and 容量市場口座情報等.
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('change_requests', {
    id: { type: DataTypes.UUID, primaryKey: true },
    business_code: { type: DataTypes.STRING(4), allowNull: false, references: { model: 'members', key: 'business_code' } },
    kind: { type: DataTypes.STRING(16), allowNull: false },
    status: { type: DataTypes.STRING(16), allowNull: false },
    requested_company: { type: DataTypes.JSONB, allowNull: true },
    successor: { type: DataTypes.JSONB, allowNull: true },
    submitted_by: { type: DataTypes.STRING(100), allowNull: false },
    submitted_at: { type: DataTypes.DATE, allowNull: false },
    decided_at: { type: DataTypes.DATE, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('change_requests', ['business_code', 'submitted_at']);
  await qi.addIndex('change_requests', ['status']);
  // One reviewed request open per member at a time (see README, Decisions): concurrent
  // submissions race here and exactly one wins.
  await qi.sequelize.query(
    `CREATE UNIQUE INDEX change_requests_one_open ON change_requests (business_code)
      WHERE status IN ('under_review', 'on_hold', 'rejected')`,
  );
  await qi.createTable('change_request_events', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    request_id: { type: DataTypes.UUID, allowNull: false, references: { model: 'change_requests', key: 'id' } },
    sequence: { type: DataTypes.INTEGER, allowNull: false },
    kind: { type: DataTypes.STRING(16), allowNull: false },
    actor: { type: DataTypes.STRING(100), allowNull: false },
    reason: { type: DataTypes.TEXT, allowNull: true },
    occurred_at: { type: DataTypes.DATE, allowNull: false },
  });
  // A retried activity records an event once.
  await qi.addIndex('change_request_events', ['request_id', 'sequence'], { unique: true });
  await qi.createTable('member_audit_entries', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    business_code: { type: DataTypes.STRING(4), allowNull: false, references: { model: 'members', key: 'business_code' } },
    actor: { type: DataTypes.STRING(100), allowNull: false },
    action: { type: DataTypes.STRING(32), allowNull: false },
    request_id: { type: DataTypes.UUID, allowNull: true, references: { model: 'change_requests', key: 'id' } },
    changes: { type: DataTypes.JSONB, allowNull: false },
    occurred_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('member_audit_entries', ['business_code', 'occurred_at']);
  await qi.createTable('refund_accounts', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    business_code: { type: DataTypes.STRING(4), allowNull: false, references: { model: 'members', key: 'business_code' } },
    bank_name: { type: DataTypes.STRING(60), allowNull: false },
    bank_code: { type: DataTypes.STRING(4), allowNull: false },
    branch_name: { type: DataTypes.STRING(60), allowNull: false },
    branch_code: { type: DataTypes.STRING(3), allowNull: false },
    account_type: { type: DataTypes.STRING(4), allowNull: false },
    account_number: { type: DataTypes.STRING(7), allowNull: false },
    holder_kana: { type: DataTypes.STRING(48), allowNull: false },
    registered_by: { type: DataTypes.STRING(100), allowNull: false },
    registered_at: { type: DataTypes.DATE, allowNull: false },
  });
  // Rows are never updated: the latest is the account in use, the others its history.
  await qi.addIndex('refund_accounts', ['business_code', 'id']);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('refund_accounts');
  await qi.dropTable('member_audit_entries');
  await qi.dropTable('change_request_events');
  await qi.dropTable('change_requests');
}

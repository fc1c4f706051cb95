// 加入(仮)申請 … 承認: the submitted data, 加入申請受付番号 and 事業者コード on the application, and its
// history of steps and decisions.
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('membership_applications', 'receipt_number', { type: DataTypes.STRING(16), allowNull: true, unique: true });
  await qi.addColumn('membership_applications', 'business_code', { type: DataTypes.STRING(4), allowNull: true, unique: true });
  await qi.addColumn('membership_applications', 'admin_email', { type: DataTypes.STRING(254), allowNull: true });
  await qi.addColumn('membership_applications', 'provisional_data', { type: DataTypes.JSONB, allowNull: true });
  await qi.addColumn('membership_applications', 'final_data', { type: DataTypes.JSONB, allowNull: true });
  await qi.addColumn('membership_applications', 'provisional_submitted_at', { type: DataTypes.DATE, allowNull: true });
  await qi.addColumn('membership_applications', 'final_submitted_at', { type: DataTypes.DATE, allowNull: true });
  await qi.addIndex('membership_applications', ['status']);
  await qi.createTable('membership_application_events', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    application_id: { type: DataTypes.UUID, allowNull: false, references: { model: 'membership_applications', key: 'id' } },
    sequence: { type: DataTypes.INTEGER, allowNull: false },
    kind: { type: DataTypes.STRING(32), allowNull: false },
    actor: { type: DataTypes.STRING(100), allowNull: false },
    reason: { type: DataTypes.TEXT, allowNull: true },
    occurred_at: { type: DataTypes.DATE, allowNull: false },
  });
  // A retried activity records an event once.
  await qi.addIndex('membership_application_events', ['application_id', 'sequence'], { unique: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('membership_application_events');
  await qi.removeIndex('membership_applications', ['status']);
  for (const column of ['final_submitted_at', 'provisional_submitted_at', 'final_data', 'provisional_data', 'admin_email', 'business_code', 'receipt_number']) {
    await qi.removeColumn('membership_applications', column);
  }
}

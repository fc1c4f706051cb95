// 加入申請 and the sent-mail ledger.
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('membership_applications', {
    id: { type: DataTypes.UUID, primaryKey: true },
    company_name: { type: DataTypes.STRING(200), allowNull: false },
    contact_name: { type: DataTypes.STRING(100), allowNull: false },
    email: { type: DataTypes.STRING(254), allowNull: false },
    status: { type: DataTypes.STRING(32), allowNull: false },
    link_expires_at: { type: DataTypes.DATE, allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.createTable('sent_mails', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    idempotency_key: { type: DataTypes.STRING(200), allowNull: false, unique: true },
    recipient: { type: DataTypes.STRING(254), allowNull: false },
    subject: { type: DataTypes.STRING(200), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    message_id: { type: DataTypes.STRING(254), allowNull: false },
    sent_at: { type: DataTypes.DATE, allowNull: false },
  });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('sent_mails');
  await qi.dropTable('membership_applications');
}

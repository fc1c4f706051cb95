// 関連資料 (attachments).
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('attachments', {
    id: { type: DataTypes.UUID, primaryKey: true },
    owner_kind: { type: DataTypes.STRING(32), allowNull: false },
    owner_id: { type: DataTypes.STRING(64), allowNull: false },
    file_name: { type: DataTypes.STRING(200), allowNull: false },
    content_type: { type: DataTypes.STRING(64), allowNull: false },
    size: { type: DataTypes.INTEGER, allowNull: false },
    content: { type: DataTypes.BLOB, allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('attachments', ['owner_kind', 'owner_id']);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('attachments');
}

// 会員 and their ユーザ. At most two 管理者 per member (slots ① and ②), enforced by the database.
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('members', {
    business_code: { type: DataTypes.STRING(4), primaryKey: true },
    status: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'active' },
    company: { type: DataTypes.JSONB, allowNull: false },
    company_name: { type: DataTypes.STRING(200), allowNull: false },
    application_id: { type: DataTypes.UUID, allowNull: true, unique: true },
    joined_at: { type: DataTypes.DATE, allowNull: false },
    ended_at: { type: DataTypes.DATE, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('members', ['company_name']);
  await qi.createTable('users', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    business_code: { type: DataTypes.STRING(4), allowNull: false, references: { model: 'members', key: 'business_code' } },
    user_id: { type: DataTypes.STRING(6), allowNull: false },
    role: { type: DataTypes.STRING(20), allowNull: false },
    admin_slot: { type: DataTypes.SMALLINT, allowNull: true },
    duties: { type: DataTypes.JSONB, allowNull: false, defaultValue: [] },
    department: { type: DataTypes.STRING(100), allowNull: false },
    last_name: { type: DataTypes.STRING(50), allowNull: false },
    first_name: { type: DataTypes.STRING(50), allowNull: false },
    last_name_kana: { type: DataTypes.STRING(50), allowNull: false },
    first_name_kana: { type: DataTypes.STRING(50), allowNull: false },
    email: { type: DataTypes.STRING(254), allowNull: false },
    phone: { type: DataTypes.STRING(20), allowNull: false },
    note: { type: DataTypes.STRING(500), allowNull: false, defaultValue: '' },
    password_hash: { type: DataTypes.STRING(200), allowNull: false },
    password_changed_at: { type: DataTypes.DATE, allowNull: false },
    must_change_password: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    last_login_at: { type: DataTypes.DATE, allowNull: true },
    previous_login_at: { type: DataTypes.DATE, allowNull: true },
    failed_login_count: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    locked_until: { type: DataTypes.DATE, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
    updated_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('users', ['business_code', 'user_id'], { unique: true });
  // NULLs are distinct in a unique index: any number of 担当者, one user per 管理者 slot.
  await qi.addIndex('users', ['business_code', 'admin_slot'], { unique: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('users');
  await qi.dropTable('members');
}

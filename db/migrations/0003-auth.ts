// Authentication: staff accounts (本機関), sessions (only the SHA-256 of the token is stored),
// password history (過去3世代) and single-use password reset links, for members' users and staff.
import { DataTypes, type QueryInterface } from 'sequelize';

// Exactly one owner per row: a member's user or a staff account. Deleting the owner deletes them.
function ownerColumns() {
  return {
    user_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'users', key: 'id' }, onDelete: 'CASCADE' },
    staff_user_id: { type: DataTypes.INTEGER, allowNull: true, references: { model: 'staff_users', key: 'id' }, onDelete: 'CASCADE' },
  };
}

async function requireOneOwner(qi: QueryInterface, table: string): Promise<void> {
  await qi.sequelize.query(
    `ALTER TABLE ${table} ADD CONSTRAINT ${table}_one_owner CHECK ((user_id IS NULL) <> (staff_user_id IS NULL))`,
  );
  await qi.addIndex(table, ['user_id']);
  await qi.addIndex(table, ['staff_user_id']);
}

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.createTable('staff_users', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    login_id: { type: DataTypes.STRING(32), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(100), allowNull: false },
    email: { type: DataTypes.STRING(254), allowNull: false },
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
  await qi.createTable('sessions', {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    ...ownerColumns(),
    expires_at: { type: DataTypes.DATE, allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await requireOneOwner(qi, 'sessions');
  await qi.createTable('password_history', {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    ...ownerColumns(),
    password_hash: { type: DataTypes.STRING(200), allowNull: false },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await requireOneOwner(qi, 'password_history');
  await qi.createTable('password_reset_tokens', {
    id: { type: DataTypes.STRING(64), primaryKey: true },
    user_id: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'users', key: 'id' }, onDelete: 'CASCADE' },
    expires_at: { type: DataTypes.DATE, allowNull: false },
    used_at: { type: DataTypes.DATE, allowNull: true },
    created_at: { type: DataTypes.DATE, allowNull: false },
  });
  await qi.addIndex('password_reset_tokens', ['user_id']);
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.dropTable('password_reset_tokens');
  await qi.dropTable('password_history');
  await qi.dropTable('sessions');
  await qi.dropTable('staff_users');
}

// ユーザ: a person of a member who logs in with 事業者コード + ユーザID + パスワード.
// 管理者 (administrator, slot ① or ②, at most 2) or 担当者 (person in charge, at most 10).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { Duty } from '../../domain/duties';

export type UserRole = 'administrator' | 'person_in_charge';

export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  /** 事業者コード */
  declare businessCode: string;
  /** ユーザID (6 half-width alphanumerics, unique within the member) */
  declare userId: string;
  declare role: UserRole;
  /** 管理者① = 1, 管理者② = 2; null for 担当者 */
  declare adminSlot: number | null;
  /** 担当業務 */
  declare duties: Duty[];
  /** 所属・役職 */
  declare department: string;
  /** 氏名 姓 / 名 */
  declare lastName: string;
  declare firstName: string;
  /** 氏名カナ セイ / メイ */
  declare lastNameKana: string;
  declare firstNameKana: string;
  declare email: string;
  /** 電話番号 (hyphenated) */
  declare phone: string;
  /** その他 */
  declare note: string;
  declare passwordHash: string;
  declare passwordChangedAt: Date;
  /** Initial and reset passwords must be changed at the next login. */
  declare mustChangePassword: CreationOptional<boolean>;
  declare lastLoginAt: CreationOptional<Date | null>;
  /** 前回ログイン日時, shown in the header */
  declare previousLoginAt: CreationOptional<Date | null>;
  declare failedLoginCount: CreationOptional<number>;
  declare lockedUntil: CreationOptional<Date | null>;
  /** The ユーザ情報登録 form that registered the 担当者 (a double submission finds its user by it). */
  declare registrationFormId: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initUser(sequelize: Sequelize): typeof User {
  User.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      businessCode: { type: DataTypes.STRING(4), allowNull: false },
      userId: { type: DataTypes.STRING(6), allowNull: false },
      role: { type: DataTypes.STRING(20), allowNull: false },
      adminSlot: { type: DataTypes.SMALLINT, allowNull: true },
      duties: { type: DataTypes.JSONB, allowNull: false, defaultValue: [] },
      department: { type: DataTypes.STRING(100), allowNull: false },
      lastName: { type: DataTypes.STRING(50), allowNull: false },
      firstName: { type: DataTypes.STRING(50), allowNull: false },
      lastNameKana: { type: DataTypes.STRING(50), allowNull: false },
      firstNameKana: { type: DataTypes.STRING(50), allowNull: false },
      email: { type: DataTypes.STRING(254), allowNull: false },
      phone: { type: DataTypes.STRING(20), allowNull: false },
      note: { type: DataTypes.STRING(500), allowNull: false, defaultValue: '' },
      passwordHash: { type: DataTypes.STRING(200), allowNull: false },
      passwordChangedAt: { type: DataTypes.DATE, allowNull: false },
      mustChangePassword: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      lastLoginAt: { type: DataTypes.DATE, allowNull: true },
      previousLoginAt: { type: DataTypes.DATE, allowNull: true },
      failedLoginCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lockedUntil: { type: DataTypes.DATE, allowNull: true },
      registrationFormId: { type: DataTypes.UUID, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'users', underscored: true },
  );
  return User;
}

// 本機関 staff account for the staff console. Same password and session rules as members' users.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class StaffUser extends Model<InferAttributes<StaffUser>, InferCreationAttributes<StaffUser>> {
  declare id: CreationOptional<number>;
  /** ログインID */
  declare loginId: string;
  /** 氏名 */
  declare name: string;
  declare email: string;
  declare passwordHash: string;
  declare passwordChangedAt: Date;
  declare mustChangePassword: CreationOptional<boolean>;
  declare lastLoginAt: CreationOptional<Date | null>;
  declare previousLoginAt: CreationOptional<Date | null>;
  declare failedLoginCount: CreationOptional<number>;
  declare lockedUntil: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initStaffUser(sequelize: Sequelize): typeof StaffUser {
  StaffUser.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      loginId: { type: DataTypes.STRING(32), allowNull: false, unique: true },
      name: { type: DataTypes.STRING(100), allowNull: false },
      email: { type: DataTypes.STRING(254), allowNull: false },
      passwordHash: { type: DataTypes.STRING(200), allowNull: false },
      passwordChangedAt: { type: DataTypes.DATE, allowNull: false },
      mustChangePassword: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      lastLoginAt: { type: DataTypes.DATE, allowNull: true },
      previousLoginAt: { type: DataTypes.DATE, allowNull: true },
      failedLoginCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lockedUntil: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'staff_users', underscored: true },
  );
  return StaffUser;
}

// Every password hash an account has had, newest last: the manual forbids the last 3 (過去3世代).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class PasswordHistory extends Model<InferAttributes<PasswordHistory>, InferCreationAttributes<PasswordHistory>> {
  declare id: CreationOptional<number>;
  declare userId: number | null;
  declare staffUserId: number | null;
  declare passwordHash: string;
  declare createdAt: CreationOptional<Date>;
}

export function initPasswordHistory(sequelize: Sequelize): typeof PasswordHistory {
  PasswordHistory.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      userId: { type: DataTypes.INTEGER, allowNull: true },
      staffUserId: { type: DataTypes.INTEGER, allowNull: true },
      passwordHash: { type: DataTypes.STRING(200), allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'password_history', underscored: true, updatedAt: false },
  );
  return PasswordHistory;
}

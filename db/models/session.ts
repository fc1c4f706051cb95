// A login session after Lucia's design: the id is the SHA-256 of the cookie's token, so a copy of
// the table cannot be replayed. Owned by a member's user or a staff account.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class Session extends Model<InferAttributes<Session>, InferCreationAttributes<Session>> {
  /** hex SHA-256 of the token */
  declare id: string;
  declare userId: number | null;
  declare staffUserId: number | null;
  declare expiresAt: Date;
  declare createdAt: CreationOptional<Date>;
}

export function initSession(sequelize: Sequelize): typeof Session {
  Session.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      userId: { type: DataTypes.INTEGER, allowNull: true },
      staffUserId: { type: DataTypes.INTEGER, allowNull: true },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'sessions', underscored: true, updatedAt: false },
  );
  return Session;
}

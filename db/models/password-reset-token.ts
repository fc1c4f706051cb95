// A single-use, expiring link from 「ID／パスワードを忘れた方はこちら」. Only the SHA-256 of the
// token in the mailed link is stored.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class PasswordResetToken extends Model<InferAttributes<PasswordResetToken>, InferCreationAttributes<PasswordResetToken>> {
  /** hex SHA-256 of the token */
  declare id: string;
  declare userId: number;
  declare expiresAt: Date;
  declare usedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
}

export function initPasswordResetToken(sequelize: Sequelize): typeof PasswordResetToken {
  PasswordResetToken.init(
    {
      id: { type: DataTypes.STRING(64), primaryKey: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      expiresAt: { type: DataTypes.DATE, allowNull: false },
      usedAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'password_reset_tokens', underscored: true, updatedAt: false },
  );
  return PasswordResetToken;
}

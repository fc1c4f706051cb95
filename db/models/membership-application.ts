// 加入申請: one row per application, from リンク確認 onwards. Written by activities only.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { ApplicationStatus } from '../../domain/application-status';

export class MembershipApplication extends Model<InferAttributes<MembershipApplication>, InferCreationAttributes<MembershipApplication>> {
  declare id: string;
  /** 会社名 */
  declare companyName: string;
  /** ご担当者氏名 */
  declare contactName: string;
  /** メールアドレス: where the link to 加入(仮)申請 goes */
  declare email: string;
  declare status: ApplicationStatus;
  declare linkExpiresAt: Date;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initMembershipApplication(sequelize: Sequelize): typeof MembershipApplication {
  MembershipApplication.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true },
      companyName: { type: DataTypes.STRING(200), allowNull: false },
      contactName: { type: DataTypes.STRING(100), allowNull: false },
      email: { type: DataTypes.STRING(254), allowNull: false },
      status: { type: DataTypes.STRING(32), allowNull: false },
      linkExpiresAt: { type: DataTypes.DATE, allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'membership_applications', underscored: true },
  );
  return MembershipApplication;
}

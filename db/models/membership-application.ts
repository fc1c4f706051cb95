// 加入申請: one row per application, from リンク確認 onwards. Written by activities, except its first
// version, which リンク確認 records itself to count the applications per address (send-limits.ts).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { ApplicationData } from '../../domain/application-data';
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
  /** 加入申請受付番号, assigned at 加入(仮)申請 */
  declare receiptNumber: CreationOptional<string | null>;
  /** 事業者コード, issued by staff */
  declare businessCode: CreationOptional<string | null>;
  /** 管理者①メールアドレス as last submitted (lower case); it or 仮申請's, with the 受付番号, opens 本申請 and the status page */
  declare adminEmail: CreationOptional<string | null>;
  /** 加入(仮)申請 as last corrected */
  declare provisionalData: CreationOptional<ApplicationData | null>;
  /** 加入(本)申請 as last submitted */
  declare finalData: CreationOptional<ApplicationData | null>;
  declare provisionalSubmittedAt: CreationOptional<Date | null>;
  declare finalSubmittedAt: CreationOptional<Date | null>;
  /** 期限: when the current wait ends (none while staff review, none once closed); migration 0018 */
  declare deadlineAt: CreationOptional<Date | null>;
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
      receiptNumber: { type: DataTypes.STRING(16), allowNull: true, unique: true },
      businessCode: { type: DataTypes.STRING(4), allowNull: true, unique: true },
      adminEmail: { type: DataTypes.STRING(254), allowNull: true },
      provisionalData: { type: DataTypes.JSONB, allowNull: true },
      finalData: { type: DataTypes.JSONB, allowNull: true },
      provisionalSubmittedAt: { type: DataTypes.DATE, allowNull: true },
      finalSubmittedAt: { type: DataTypes.DATE, allowNull: true },
      deadlineAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'membership_applications', underscored: true },
  );
  return MembershipApplication;
}

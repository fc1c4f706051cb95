// A 会員情報変更申請, 承継 or 脱退 request of a member (and the record of an immediate 管理者 change).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { ChangeRequestKind, ChangeRequestStatus, Successor } from '../../domain/change-request';
import type { CompanyInfo } from '../../domain/company';

export class ChangeRequest extends Model<InferAttributes<ChangeRequest>, InferCreationAttributes<ChangeRequest>> {
  /** Made when the form is shown, so a double submission inserts once. */
  declare id: string;
  /** 事業者コード */
  declare businessCode: string;
  declare kind: ChangeRequestKind;
  declare status: ChangeRequestStatus;
  /** 会社情報 as requested (kind change) */
  declare requestedCompany: CompanyInfo | null;
  /** 事業承継先情報 (kind succession) */
  declare successor: Successor | null;
  /** The user who submitted it, e.g. `user:abc001 田中 一郎` */
  declare submittedBy: string;
  declare submittedAt: Date;
  declare decidedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initChangeRequest(sequelize: Sequelize): typeof ChangeRequest {
  ChangeRequest.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true },
      businessCode: { type: DataTypes.STRING(4), allowNull: false },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      requestedCompany: { type: DataTypes.JSONB, allowNull: true },
      successor: { type: DataTypes.JSONB, allowNull: true },
      submittedBy: { type: DataTypes.STRING(200), allowNull: false },
      submittedAt: { type: DataTypes.DATE, allowNull: false },
      decidedAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'change_requests', underscored: true },
  );
  return ChangeRequest;
}

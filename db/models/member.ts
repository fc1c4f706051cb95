// 会員: a business that has been approved. Its 事業者コード is the key everywhere (workflow ID,
// login, search attribute). Written by activities only.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { CompanyInfo } from '../../domain/company';
import type { MemberStatus } from '../../domain/member-status';

export class Member extends Model<InferAttributes<Member>, InferCreationAttributes<Member>> {
  /** 事業者コード (4 characters issued by OCCTO) */
  declare businessCode: string;
  declare status: CreationOptional<MemberStatus>;
  /** 会社情報 */
  declare company: CompanyInfo;
  /** 会社名, copied out of `company` for search and sorting */
  declare companyName: string;
  /** The 加入申請 it came from; unique so a retried approval creates no second member. */
  declare applicationId: string | null;
  declare joinedAt: Date;
  declare endedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function initMember(sequelize: Sequelize): typeof Member {
  Member.init(
    {
      businessCode: { type: DataTypes.STRING(4), primaryKey: true },
      status: { type: DataTypes.STRING(16), allowNull: false, defaultValue: 'active' },
      company: { type: DataTypes.JSONB, allowNull: false },
      companyName: { type: DataTypes.STRING(200), allowNull: false },
      applicationId: { type: DataTypes.UUID, allowNull: true, unique: true },
      joinedAt: { type: DataTypes.DATE, allowNull: false },
      endedAt: { type: DataTypes.DATE, allowNull: true },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'members', underscored: true },
  );
  return Member;
}

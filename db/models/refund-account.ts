// 容量市場口座情報等: the account capacity-market refunds are paid back to. Each registration is a
// new row; the latest one is in use and the earlier ones are its history.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { AccountType } from '../../domain/forms/refund-account';

export class RefundAccount extends Model<InferAttributes<RefundAccount>, InferCreationAttributes<RefundAccount>> {
  declare id: CreationOptional<number>;
  declare businessCode: string;
  /** 金融機関名 / 金融機関コード (4 digits) */
  declare bankName: string;
  declare bankCode: string;
  /** 支店名 / 支店コード (3 digits) */
  declare branchName: string;
  declare branchCode: string;
  /** 預金種別 */
  declare accountType: AccountType;
  /** 口座番号 (7 digits) */
  declare accountNumber: string;
  /** 口座名義カナ (half-width) */
  declare holderKana: string;
  declare registeredBy: string;
  declare registeredAt: Date;
}

export function initRefundAccount(sequelize: Sequelize): typeof RefundAccount {
  RefundAccount.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      businessCode: { type: DataTypes.STRING(4), allowNull: false },
      bankName: { type: DataTypes.STRING(60), allowNull: false },
      bankCode: { type: DataTypes.STRING(4), allowNull: false },
      branchName: { type: DataTypes.STRING(60), allowNull: false },
      branchCode: { type: DataTypes.STRING(3), allowNull: false },
      accountType: { type: DataTypes.STRING(4), allowNull: false },
      accountNumber: { type: DataTypes.STRING(7), allowNull: false },
      holderKana: { type: DataTypes.STRING(48), allowNull: false },
      registeredBy: { type: DataTypes.STRING(200), allowNull: false },
      registeredAt: { type: DataTypes.DATE, allowNull: false },
    },
    { sequelize, tableName: 'refund_accounts', underscored: true, timestamps: false },
  );
  return RefundAccount;
}

// The audit trail of member data: who changed what (before / after per field), when, and
// through which request. Written in the same transaction as the change itself.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { FieldChange } from '../../domain/member-diff';

export const AUDIT_ACTIONS = {
  company_changed: '会社情報変更',
  administrator_changed: '管理者情報変更',
  membership_ended: '会員資格終了',
  refund_account_registered: '容量市場口座情報等登録',
  // ユーザ管理(管理者機能) (第3章)
  user_added: '担当者登録',
  user_changed: '担当者変更',
  user_deleted: '担当者削除',
  password_reset: 'パスワード初期化',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export class MemberAuditEntry extends Model<InferAttributes<MemberAuditEntry>, InferCreationAttributes<MemberAuditEntry>> {
  declare id: CreationOptional<number>;
  /** 事業者コード */
  declare businessCode: string;
  /** `user:<ユーザID> <氏名>` or `staff:<ログインID>` */
  declare actor: string;
  declare action: AuditAction;
  declare requestId: string | null;
  declare changes: FieldChange[];
  declare occurredAt: Date;
}

export function initMemberAuditEntry(sequelize: Sequelize): typeof MemberAuditEntry {
  MemberAuditEntry.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      businessCode: { type: DataTypes.STRING(4), allowNull: false },
      actor: { type: DataTypes.STRING(200), allowNull: false },
      action: { type: DataTypes.STRING(32), allowNull: false },
      requestId: { type: DataTypes.UUID, allowNull: true },
      changes: { type: DataTypes.JSONB, allowNull: false },
      occurredAt: { type: DataTypes.DATE, allowNull: false },
    },
    { sequelize, tableName: 'member_audit_entries', underscored: true, timestamps: false },
  );
  return MemberAuditEntry;
}

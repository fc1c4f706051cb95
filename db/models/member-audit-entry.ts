// The audit trail of member data: who changed what (before / after per field), when, and
// through which request. Written in the same transaction as the change itself.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { AuditAction } from '../../domain/audit-action';
import type { FieldChange } from '../../domain/member-diff';

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

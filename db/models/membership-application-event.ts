// One step or decision in a membership application's history (受付, コード発行, 本申請, 保留, 却下,
// 承認), numbered per application so a retried activity records it once.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { ApplicationEventKind } from '../../domain/application-event';

export class MembershipApplicationEvent extends Model<InferAttributes<MembershipApplicationEvent>, InferCreationAttributes<MembershipApplicationEvent>> {
  declare id: CreationOptional<number>;
  declare applicationId: string;
  declare sequence: number;
  declare kind: ApplicationEventKind;
  /** `applicant`, or the staff member who decided */
  declare actor: string;
  /** 保留 / 却下 理由 */
  declare reason: string | null;
  declare occurredAt: Date;
}

export function initMembershipApplicationEvent(sequelize: Sequelize): typeof MembershipApplicationEvent {
  MembershipApplicationEvent.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      applicationId: { type: DataTypes.UUID, allowNull: false },
      sequence: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.STRING(32), allowNull: false },
      actor: { type: DataTypes.STRING(200), allowNull: false },
      reason: { type: DataTypes.TEXT, allowNull: true },
      occurredAt: { type: DataTypes.DATE, allowNull: false },
    },
    {
      sequelize,
      tableName: 'membership_application_events',
      underscored: true,
      timestamps: false,
      indexes: [{ unique: true, fields: ['application_id', 'sequence'] }],
    },
  );
  return MembershipApplicationEvent;
}

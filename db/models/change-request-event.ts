// The history of a change request: 申請, 保留/却下 with their reasons, 再申請, 承認, 取下げ.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { ChangeRequestEventKind } from '../../domain/change-request';

export class ChangeRequestEvent extends Model<InferAttributes<ChangeRequestEvent>, InferCreationAttributes<ChangeRequestEvent>> {
  declare id: CreationOptional<number>;
  declare requestId: string;
  /** Numbered by the workflow, so a retried activity records the event once. */
  declare sequence: number;
  declare kind: ChangeRequestEventKind;
  declare actor: string;
  declare reason: string | null;
  declare occurredAt: Date;
}

export function initChangeRequestEvent(sequelize: Sequelize): typeof ChangeRequestEvent {
  ChangeRequestEvent.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      requestId: { type: DataTypes.UUID, allowNull: false },
      sequence: { type: DataTypes.INTEGER, allowNull: false },
      kind: { type: DataTypes.STRING(16), allowNull: false },
      actor: { type: DataTypes.STRING(200), allowNull: false },
      reason: { type: DataTypes.TEXT, allowNull: true },
      occurredAt: { type: DataTypes.DATE, allowNull: false },
    },
    { sequelize, tableName: 'change_request_events', underscored: true, timestamps: false },
  );
  return ChangeRequestEvent;
}

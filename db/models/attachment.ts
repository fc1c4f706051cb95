// 関連資料: files an applicant or member submits on request, kept in PostgreSQL beside the
// record they belong to (backed up and access-checked with it).
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { AttachmentType } from '../../domain/attachment-type';

/** What a file is attached to: a 加入申請, or a 会員情報変更申請 / 承継 / 脱退 request. */
export type AttachmentOwnerKind = 'application' | 'change_request';

export class Attachment extends Model<InferAttributes<Attachment>, InferCreationAttributes<Attachment>> {
  declare id: string;
  declare ownerKind: AttachmentOwnerKind;
  declare ownerId: string;
  declare fileName: string;
  declare contentType: AttachmentType;
  declare size: number;
  declare content: Buffer;
  declare createdAt: CreationOptional<Date>;
}

export function initAttachment(sequelize: Sequelize): typeof Attachment {
  Attachment.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true },
      ownerKind: { type: DataTypes.STRING(32), allowNull: false },
      ownerId: { type: DataTypes.STRING(64), allowNull: false },
      fileName: { type: DataTypes.STRING(200), allowNull: false },
      contentType: { type: DataTypes.STRING(64), allowNull: false },
      size: { type: DataTypes.INTEGER, allowNull: false },
      content: { type: DataTypes.BLOB, allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'attachments', underscored: true, updatedAt: false },
  );
  return Attachment;
}

// Every mail the system has handed to the SMTP server, keyed so that a retried activity never
// sends the same mail twice.
import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

export class SentMail extends Model<InferAttributes<SentMail>, InferCreationAttributes<SentMail>> {
  declare id: CreationOptional<number>;
  /** e.g. `join-link:<application id>`: one mail per purpose and subject. */
  declare idempotencyKey: string;
  declare recipient: string;
  declare subject: string;
  declare body: string;
  declare messageId: string;
  declare sentAt: Date;
}

export function initSentMail(sequelize: Sequelize): typeof SentMail {
  SentMail.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      idempotencyKey: { type: DataTypes.STRING(200), allowNull: false, unique: true },
      recipient: { type: DataTypes.STRING(254), allowNull: false },
      subject: { type: DataTypes.STRING(200), allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      messageId: { type: DataTypes.STRING(254), allowNull: false },
      sentAt: { type: DataTypes.DATE, allowNull: false },
    },
    { sequelize, tableName: 'sent_mails', underscored: true, timestamps: false },
  );
  return SentMail;
}

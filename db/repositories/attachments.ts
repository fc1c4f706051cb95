// 関連資料: stored with their owner while it is open and has room; listed without their bytes.
import { randomUUID } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import { closureOf } from '../../domain/application-status';
import type { AttachmentType } from '../../domain/attachment-type';
import { OPEN_STATUSES } from '../../domain/change-request';
import type { Database } from '../database';
import type { Attachment, AttachmentOwnerKind } from '../models/attachment';

export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
}

export type AttachmentSummary = Pick<Attachment, 'id' | 'fileName' | 'contentType' | 'size' | 'createdAt'>;

/**
 * What one 加入申請 or request may hold: more than any set of documents OCCTO asks for, and a
 * bound on what an applicant's link (or a member's 管理者) can push into PostgreSQL.
 */
export const ATTACHMENT_CAPS = { files: 20, totalBytes: 100 * 1024 * 1024 } as const;

// First key of the two-key advisory lock on an owner's files (send-limits.ts has 7301, 7302).
const OWNER_LOCK = 7303;

export type AddOutcome = 'added' | 'closed' | 'too_many' | 'too_large';

/** Whether the owner still takes files: an application not closed, a request under review, 保留 or 却下. */
async function isOpen(db: Database, owner: AttachmentOwner, transaction: Transaction): Promise<boolean> {
  if (owner.kind === 'application') {
    const application = await db.models.MembershipApplication.findByPk(owner.id, { attributes: ['status', 'businessCode'], transaction });
    return application !== null && !closureOf(application);
  }
  const request = await db.models.ChangeRequest.findByPk(owner.id, { attributes: ['status'], transaction });
  return request !== null && OPEN_STATUSES.includes(request.status);
}

/**
 * Stores the file if its owner is open and has room for it within ATTACHMENT_CAPS; else stores
 * nothing and says why. Under a lock on the owner, so uploads arriving at the same instant
 * cannot all find room.
 */
export async function addAttachment(
  db: Database,
  owner: AttachmentOwner,
  file: { fileName: string; contentType: AttachmentType; content: Buffer },
): Promise<AddOutcome> {
  const { Attachment } = db.models;
  return db.sequelize.transaction(async (transaction) => {
    await db.sequelize.query('SELECT pg_advisory_xact_lock(:kind, hashtext(:key))', {
      replacements: { kind: OWNER_LOCK, key: `${owner.kind}:${owner.id}` },
      type: QueryTypes.SELECT,
      transaction,
    });
    if (!(await isOpen(db, owner, transaction))) return 'closed';
    const where = { ownerKind: owner.kind, ownerId: owner.id };
    if ((await Attachment.count({ where, transaction })) >= ATTACHMENT_CAPS.files) return 'too_many';
    const stored = (await Attachment.sum('size', { where, transaction })) ?? 0;
    if (stored + file.content.length > ATTACHMENT_CAPS.totalBytes) return 'too_large';
    await Attachment.create({ id: randomUUID(), ownerKind: owner.kind, ownerId: owner.id, size: file.content.length, ...file }, { transaction });
    return 'added';
  });
}

export function listAttachments(db: Database, owner: AttachmentOwner): Promise<AttachmentSummary[]> {
  return db.models.Attachment.findAll({
    where: { ownerKind: owner.kind, ownerId: owner.id },
    attributes: ['id', 'fileName', 'contentType', 'size', 'createdAt'],
    order: [['createdAt', 'ASC']],
  });
}

/** The file, only if it belongs to that owner: an id alone never opens someone else's file. */
export function findAttachment(db: Database, owner: AttachmentOwner, id: string): Promise<Attachment | null> {
  return db.models.Attachment.findOne({ where: { id, ownerKind: owner.kind, ownerId: owner.id } });
}

// 関連資料: stored with their owner; listed without their bytes.
import { randomUUID } from 'node:crypto';
import type { AttachmentType } from '../../domain/attachment-type';
import type { Database } from '../database';
import type { Attachment, AttachmentOwnerKind } from '../models/attachment';

export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
}

export type AttachmentSummary = Pick<Attachment, 'id' | 'fileName' | 'contentType' | 'size' | 'createdAt'>;

export async function addAttachment(
  db: Database,
  owner: AttachmentOwner,
  file: { fileName: string; contentType: AttachmentType; content: Buffer },
): Promise<string> {
  const id = randomUUID();
  await db.models.Attachment.create({ id, ownerKind: owner.kind, ownerId: owner.id, size: file.content.length, ...file });
  return id;
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

// Receiving one 関連資料 from a multipart form: the body is cut off early when far too large, then
// the file is checked (present, within the limit, a PDF or image by its content) and stored.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/database';
import { addAttachment, type AttachmentOwner } from '../db/repositories/attachments';
import { ACCEPTED_TYPE_LABELS, cleanFileName, sizeLabel, sniffAttachmentType, type AttachmentType } from '../domain/attachment-type';
import type { AppEnv } from './deps';

// Multipart framing around the file: headers and boundaries.
const MULTIPART_OVERHEAD = 64 * 1024;

export type UploadResult = { ok: true; file: { fileName: string; contentType: AttachmentType; content: Buffer } } | { ok: false; error: string };

function tooLargeMessage(maxBytes: number): string {
  return `ファイルのサイズが大きすぎます。${sizeLabel(maxBytes)}以下のファイルを選択してください。`;
}

async function readUpload(body: Record<string, unknown>, maxBytes: number): Promise<UploadResult> {
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: '提出するファイルを選択してください。' };
  if (file.size > maxBytes) return { ok: false, error: tooLargeMessage(maxBytes) };
  const content = Buffer.from(await file.arrayBuffer());
  const contentType = sniffAttachmentType(content);
  if (!contentType) return { ok: false, error: `提出できるファイルは${ACCEPTED_TYPE_LABELS}です。ファイルの形式をご確認ください。` };
  return { ok: true, file: { fileName: cleanFileName(file.name), contentType, content } };
}

/** Refuses a body far over the limit while it arrives, answering with the page's own message. */
export function attachmentBodyLimit(maxBytes: number, tooLarge: (c: Context<AppEnv>, message: string) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  return bodyLimit({ maxSize: maxBytes + MULTIPART_OVERHEAD, onError: (c) => tooLarge(c as Context<AppEnv>, tooLargeMessage(maxBytes)) });
}

/** Reads, checks and stores the posted file; the error message for the page otherwise. */
export async function storeUpload(c: Context<AppEnv>, db: Database, owner: AttachmentOwner, maxBytes: number): Promise<{ ok: true } | { ok: false; error: string }> {
  const upload = await readUpload(await c.req.parseBody(), maxBytes);
  if (!upload.ok) return upload;
  await addAttachment(db, owner, upload.file);
  c.get('log').info({ owner, size: upload.file.content.length }, '関連資料 uploaded');
  return { ok: true };
}

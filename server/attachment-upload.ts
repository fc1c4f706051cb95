// Receiving one 関連資料 from a multipart form: the body is cut off early when far too large, then
// the file is checked (present, within the limit, a PDF or image by its content), named for its
// type and stored if its owner is open and has room.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/database';
import { addAttachment, ATTACHMENT_CAPS, type AddOutcome, type AttachmentOwner } from '../db/repositories/attachments';
import { ACCEPTED_TYPE_LABELS, cleanFileName, sizeLabel, sniffAttachmentType, type AttachmentType } from '../domain/attachment-type';
import { ATTACHMENTS_CLOSED } from '../templates/components/attachment-section';
import type { AppEnv } from './deps';

// Multipart framing around the file: headers and boundaries.
const MULTIPART_OVERHEAD = 64 * 1024;

// The stored name's limit (attachments.file_name).
const MAX_NAME_LENGTH = 200;

/** The extensions a file of each type may end with; the first is added to a name without one. */
const EXTENSIONS: Record<AttachmentType, readonly [string, ...string[]]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};

const REFUSALS: Record<Exclude<AddOutcome, 'added'>, string> = {
  closed: ATTACHMENTS_CLOSED,
  too_many: `関連資料は1つの申請につき${ATTACHMENT_CAPS.files}ファイルまで提出できます。これ以上の提出が必要な場合は、本機関にお問い合わせください。`,
  too_large: `関連資料は1つの申請につき合計${sizeLabel(ATTACHMENT_CAPS.totalBytes)}まで提出できます。このファイルを提出すると上限を超えるため、提出できません。`,
};

export type UploadResult = { ok: true; file: { fileName: string; contentType: AttachmentType; content: Buffer } } | { ok: false; error: string };

function tooLargeMessage(maxBytes: number): string {
  return `ファイルのサイズが大きすぎます。${sizeLabel(maxBytes)}以下のファイルを選択してください。`;
}

/**
 * The name the file is kept and downloaded under: the uploader's, ending with the extension of
 * the type its content was found to be. A wrong or missing extension is not replaced but added
 * to (申請書.pdf.bat → 申請書.pdf.bat.pdf), so staff see what the file was called and a saved copy
 * still opens as what it is, never as a program.
 */
function storedFileName(name: string, type: AttachmentType): string {
  const cleaned = cleanFileName(name);
  const extensions = EXTENSIONS[type];
  if (extensions.some((extension) => cleaned.toLowerCase().endsWith(extension))) return cleaned;
  return Array.from(cleaned).slice(0, MAX_NAME_LENGTH - extensions[0].length).join('') + extensions[0];
}

async function readUpload(body: Record<string, unknown>, maxBytes: number): Promise<UploadResult> {
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: '提出するファイルを選択してください。' };
  if (file.size > maxBytes) return { ok: false, error: tooLargeMessage(maxBytes) };
  const content = Buffer.from(await file.arrayBuffer());
  const contentType = sniffAttachmentType(content);
  if (!contentType) return { ok: false, error: `提出できるファイルは${ACCEPTED_TYPE_LABELS}です。ファイルの形式をご確認ください。` };
  return { ok: true, file: { fileName: storedFileName(file.name, contentType), contentType, content } };
}

/** Refuses a body far over the limit while it arrives, answering with the page's own message. */
export function attachmentBodyLimit(maxBytes: number, tooLarge: (c: Context<AppEnv>, message: string) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  return bodyLimit({ maxSize: maxBytes + MULTIPART_OVERHEAD, onError: (c) => tooLarge(c as Context<AppEnv>, tooLargeMessage(maxBytes)) });
}

/**
 * Reads, checks and stores the posted file; otherwise the message for the page, with 422 for a
 * file that will not do and 409 when the owner takes no more (closed, or its caps reached).
 */
export async function storeUpload(c: Context<AppEnv>, db: Database, owner: AttachmentOwner, maxBytes: number): Promise<{ ok: true } | { ok: false; error: string; status: 409 | 422 }> {
  const upload = await readUpload(await c.req.parseBody(), maxBytes);
  if (!upload.ok) return { ...upload, status: 422 };
  const outcome = await addAttachment(db, owner, upload.file);
  if (outcome !== 'added') {
    c.get('log').info({ owner, outcome }, '関連資料 refused');
    return { ok: false, error: REFUSALS[outcome], status: 409 };
  }
  c.get('log').info({ owner, size: upload.file.content.length }, '関連資料 uploaded');
  return { ok: true };
}

// Reads one uploaded 関連資料 from a multipart form and checks it: present, within the size limit,
// and a PDF or image by its content. Answers with the Japanese message for the page otherwise.
import { ACCEPTED_TYPE_LABELS, cleanFileName, sniffAttachmentType, type AttachmentType } from '../domain/attachment-type';

export type UploadResult = { ok: true; file: { fileName: string; contentType: AttachmentType; content: Buffer } } | { ok: false; error: string };

export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
}

export function tooLargeMessage(maxBytes: number): string {
  return `ファイルのサイズが大きすぎます。${sizeLabel(maxBytes)}以下のファイルを選択してください。`;
}

export async function readUpload(body: Record<string, unknown>, maxBytes: number): Promise<UploadResult> {
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: '提出するファイルを選択してください。' };
  if (file.size > maxBytes) return { ok: false, error: tooLargeMessage(maxBytes) };
  const content = Buffer.from(await file.arrayBuffer());
  const contentType = sniffAttachmentType(content);
  if (!contentType) return { ok: false, error: `提出できるファイルは${ACCEPTED_TYPE_LABELS}です。ファイルの形式をご確認ください。` };
  return { ok: true, file: { fileName: cleanFileName(file.name), contentType, content } };
}

// Sends a stored 関連資料 back as a download: its sniffed type, never rendered inline.
import type { Attachment } from '../db/models/attachment';

export function attachmentResponse(attachment: Attachment): Response {
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      'content-type': attachment.contentType,
      'content-length': String(attachment.size),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
}

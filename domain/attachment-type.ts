// 関連資料: which files are accepted, decided by their first bytes rather than their name or the
// type the browser claims, so a renamed executable or HTML page is refused.
export const ACCEPTED_TYPES = {
  'application/pdf': { label: 'PDF', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] }, // %PDF-
  'image/png': { label: 'PNG', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'image/jpeg': { label: 'JPEG', magic: [[0xff, 0xd8, 0xff]] },
} as const;

export type AttachmentType = keyof typeof ACCEPTED_TYPES;

export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  for (const [type, { magic }] of Object.entries(ACCEPTED_TYPES) as [AttachmentType, (typeof ACCEPTED_TYPES)[AttachmentType]][]) {
    if (magic.some((signature) => signature.every((byte, index) => bytes[index] === byte))) return type;
  }
  return undefined;
}

export const ACCEPTED_TYPE_LABELS = Object.values(ACCEPTED_TYPES).map((t) => t.label).join('・');

/** A file name safe to show and to send back in Content-Disposition: no paths, no controls. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Cut by characters, not UTF-16 units, so no emoji is split in half.
  const cleaned = Array.from(base.replace(/[\u0000-\u001f\u007f"]/g, '').trim()).slice(0, 200).join('');
  return cleaned || '関連資料';
}

/** 10MB, 850KB: sizes as people read them. */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
}

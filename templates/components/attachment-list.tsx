// A list of 関連資料 with their download links.
import { ACCEPTED_TYPES, sizeLabel } from '../../domain/attachment-type';
import type { AttachmentSummary } from '../../db/repositories/attachments';
import { formatDateTime } from './date-time';

export function AttachmentList({ attachments, href }: { attachments: AttachmentSummary[]; href: (id: string) => string }) {
  if (attachments.length === 0) return <p>提出された関連資料はありません。</p>;
  return (
    <table class="list">
      <thead>
        <tr><th scope="col">ファイル名</th><th scope="col">形式</th><th scope="col">サイズ</th><th scope="col">提出日時</th></tr>
      </thead>
      <tbody>
        {attachments.map((a) => (
          <tr>
            <td><a href={href(a.id)} download>{a.fileName}</a></td>
            <td>{ACCEPTED_TYPES[a.contentType].label}</td>
            <td>{sizeLabel(a.size)}</td>
            <td>{formatDateTime(a.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

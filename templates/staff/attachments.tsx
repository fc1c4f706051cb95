// 関連資料 of one 加入申請 or request, for staff.
import type { AttachmentSummary } from '../../db/repositories/attachments';
import type { StaffAuth } from '../../server/deps';
import { AttachmentList } from '../components/attachment-list';
import { StaffLayout } from './staff-layout';

export interface StaffAttachmentsPageProps {
  auth: StaffAuth;
  /** The record's page; files are under `${base}/attachments/`. */
  base: string;
  /** What the files belong to, in words. */
  subject: string;
  attachments: AttachmentSummary[];
}

export function StaffAttachmentsPage({ auth, base, subject, attachments }: StaffAttachmentsPageProps) {
  return (
    <StaffLayout title="関連資料" auth={auth} area={base.split('/').slice(0, 3).join('/')}>
      <h1>関連資料</h1>
      <p>{`${subject}に提出された関連資料です。`}</p>
      <AttachmentList attachments={attachments} href={(id) => `${base}/attachments/${id}`} />
      <p><a class="button secondary" href={base}>戻る</a></p>
    </StaffLayout>
  );
}

// 関連資料 of one 加入申請, for staff.
import type { AttachmentSummary } from '../../db/repositories/attachments';
import type { StaffAuth } from '../../server/deps';
import { AttachmentList } from '../components/attachment-list';
import { StaffLayout } from './staff-layout';

export interface StaffAttachmentsPageProps {
  auth: StaffAuth;
  applicationId: string;
  companyName: string;
  attachments: AttachmentSummary[];
}

export function StaffAttachmentsPage({ auth, applicationId, companyName, attachments }: StaffAttachmentsPageProps) {
  const base = `/staff/applications/${applicationId}`;
  return (
    <StaffLayout title="関連資料" auth={auth}>
      <h1>関連資料</h1>
      <p>{`${companyName} の加入申請に提出された関連資料です。`}</p>
      <AttachmentList attachments={attachments} href={(id) => `${base}/attachments/${id}`} />
      <p><a class="button secondary" href={base}>戻る</a></p>
    </StaffLayout>
  );
}

// 関連資料の提出 for a 会員情報変更申請 / 承継 / 脱退 (manual 5.1 ③, 6.1 ③, 7.1 ③). A request no
// longer open (承認, 取下げ, 即時反映) takes no more files: its page lists what was sent.
import type { ChangeRequest } from '../../../db/models/change-request';
import { CHANGE_REQUEST_KINDS, OPEN_STATUSES } from '../../../domain/change-request';
import type { MemberAuth } from '../../../server/deps';
import { AttachmentSection, ClosedAttachmentSection, type AttachmentSectionProps } from '../../components/attachment-section';
import { formatDateTime } from '../../components/date-time';
import { MemberLayout } from '../member-layout';

export function ChangeAttachmentsPage({ auth, request, ...section }: AttachmentSectionProps & { auth: MemberAuth; request: ChangeRequest }) {
  const open = OPEN_STATUSES.includes(request.status);
  return (
    <MemberLayout title="関連資料の提出" auth={auth} area="/member/changes">
      <h1>関連資料の提出</h1>
      <dl class="summary">
        <dt>種別</dt><dd>{CHANGE_REQUEST_KINDS[request.kind]}</dd>
        <dt>申請日時</dt><dd>{formatDateTime(request.submittedAt)}</dd>
      </dl>
      {open ? (
        <>
          <p>本機関から提出をお願いした資料をこちらから提出してください。</p>
          <AttachmentSection {...section} />
        </>
      ) : (
        <ClosedAttachmentSection {...section} />
      )}
    </MemberLayout>
  );
}

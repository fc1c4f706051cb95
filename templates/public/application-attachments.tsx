// 関連資料の提出: an applicant sends the documents OCCTO asked for (manual 第1章, 5.1 ③).
import { AttachmentSection, ClosedAttachmentSection, type AttachmentSectionProps } from '../components/attachment-section';
import { Layout } from '../layout';

export interface ApplicationAttachmentsPageProps extends AttachmentSectionProps {
  receiptNumber: string;
  companyName: string;
  /** Approved or ended: nothing more is taken, the files submitted stay listed. */
  closed: boolean;
}

export function attachmentsPath(statusPath: string, suffix = ''): string {
  const [path, query] = statusPath.split('?');
  return `${path}/attachments${suffix}?${query}`;
}

export function ApplicationAttachmentsPage({ receiptNumber, companyName, closed, ...section }: ApplicationAttachmentsPageProps) {
  return (
    <Layout title="関連資料の提出">
      <h1>関連資料の提出</h1>
      <dl class="summary">
        <dt>加入申請受付番号</dt>
        <dd>{receiptNumber}</dd>
        <dt>会社名</dt>
        <dd>{companyName}</dd>
      </dl>
      {closed ? (
        <ClosedAttachmentSection action={section.action} backHref={section.backHref} attachments={section.attachments} />
      ) : (
        <>
          <p>本機関から提出をお願いした資料をこちらから提出してください。</p>
          <AttachmentSection {...section} />
        </>
      )}
    </Layout>
  );
}

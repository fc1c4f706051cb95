// 関連資料の提出: an applicant sends the documents OCCTO asked for (manual 第1章, 5.1 ③).
import { AttachmentList } from '../components/attachment-list';
import { ATTACHMENTS_CLOSED, AttachmentSection, attachmentHref, type AttachmentSectionProps } from '../components/attachment-section';
import { FormError } from '../components/notice';
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
        <>
          <FormError message={ATTACHMENTS_CLOSED} />
          <h2>提出済みの関連資料</h2>
          <AttachmentList attachments={section.attachments} href={(id) => attachmentHref(section.action, id)} />
          <p><a class="button secondary" href={section.backHref}>戻る</a></p>
        </>
      ) : (
        <>
          <p>本機関から提出をお願いした資料をこちらから提出してください。</p>
          <AttachmentSection {...section} />
        </>
      )}
    </Layout>
  );
}

// 関連資料の提出: an applicant sends the documents OCCTO asked for (manual 第1章, 5.1 ③).
import type { AttachmentSummary } from '../../db/repositories/attachments';
import { ACCEPTED_TYPE_LABELS } from '../../domain/attachment-type';
import { sizeLabel } from '../../server/attachment-upload';
import { AttachmentList } from '../components/attachment-list';
import { Done, FormError } from '../components/notice';
import { Layout } from '../layout';

export interface ApplicationAttachmentsPageProps {
  receiptNumber: string;
  companyName: string;
  /** The status page's path (with its token); the list and the form hang off it. */
  statusPath: string;
  attachments: AttachmentSummary[];
  maxBytes: number;
  error?: string;
  done?: string;
}

export function attachmentsPath(statusPath: string, suffix = ''): string {
  const [path, query] = statusPath.split('?');
  return `${path}/attachments${suffix}?${query}`;
}

export function ApplicationAttachmentsPage(props: ApplicationAttachmentsPageProps) {
  return (
    <Layout title="関連資料の提出">
      <h1>関連資料の提出</h1>
      <dl class="summary">
        <dt>加入申請受付番号</dt>
        <dd>{props.receiptNumber}</dd>
        <dt>会社名</dt>
        <dd>{props.companyName}</dd>
      </dl>
      <p>本機関から提出をお願いした資料をこちらから提出してください。</p>
      <Done message={props.done} />
      <FormError message={props.error} />
      <form method="post" action={attachmentsPath(props.statusPath)} enctype="multipart/form-data">
        <div class={props.error ? 'field has-error' : 'field'}>
          <div class="label-cell">
            <label for="field-file">関連資料</label>
            <span class="mark required">必須</span>
          </div>
          <div class="control">
            <input id="field-file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required aria-describedby="field-file-hint" />
            <p class="hint" id="field-file-hint">{`※${ACCEPTED_TYPE_LABELS}、${sizeLabel(props.maxBytes)}以下`}</p>
          </div>
        </div>
        <div class="actions">
          <a class="button secondary" href={props.statusPath}>戻る</a>
          <button type="submit">提出</button>
        </div>
      </form>
      <h2>提出済みの関連資料</h2>
      <AttachmentList attachments={props.attachments} href={(id) => attachmentsPath(props.statusPath, `/${id}`)} />
    </Layout>
  );
}

// 関連資料: the upload form (one file, PDF or image) and the files already submitted.
import { ATTACHMENT_CAPS, type AttachmentSummary } from '../../db/repositories/attachments';
import { ACCEPTED_TYPE_LABELS, sizeLabel } from '../../domain/attachment-type';
import { AttachmentList } from './attachment-list';
import { Done, FormError } from './notice';

/** The page's words when the 申請 is closed, and the refusal of a file sent to it all the same. */
export const ATTACHMENTS_CLOSED = 'この申請の手続きは終了しているため、関連資料の提出は受け付けていません。';

export interface AttachmentSectionProps {
  /** Where the form posts; downloads are `${base}/<id>` with the same query. */
  action: string;
  backHref: string;
  attachments: AttachmentSummary[];
  maxBytes: number;
  error?: string | undefined;
  done?: string | undefined;
}

/** The download path of one file, keeping the page's query (a status token, say). */
export function attachmentHref(action: string, id: string): string {
  const [path, query] = action.split('?');
  return query ? `${path}/${id}?${query}` : `${path}/${id}`;
}

export function AttachmentSection(props: AttachmentSectionProps) {
  return (
    <>
      <Done message={props.done} />
      <FormError message={props.error} />
      <form hx-boost="true" method="post" action={props.action} enctype="multipart/form-data">
        <div class={props.error ? 'field has-error' : 'field'}>
          <div class="label-cell">
            <label for="field-file">関連資料</label>
            <span class="mark required">必須</span>
          </div>
          <div class="control">
            <input id="field-file" name="file" type="file" accept="application/pdf,image/png,image/jpeg" required aria-describedby="field-file-hint" />
            <p class="hint" id="field-file-hint">{`※${ACCEPTED_TYPE_LABELS}、${sizeLabel(props.maxBytes)}以下（1つの申請につき${ATTACHMENT_CAPS.files}ファイル・合計${sizeLabel(ATTACHMENT_CAPS.totalBytes)}まで）`}</p>
          </div>
        </div>
        <div class="actions">
          <a class="button secondary" href={props.backHref}>戻る</a>
          <button type="submit">提出</button>
        </div>
      </form>
      <h2>提出済みの関連資料</h2>
      <AttachmentList attachments={props.attachments} href={(id) => attachmentHref(props.action, id)} />
    </>
  );
}

/** A closed 申請's files: listed, with why nothing more is taken, and the way back. */
export function ClosedAttachmentSection(props: Pick<AttachmentSectionProps, 'action' | 'backHref' | 'attachments' | 'error'>) {
  return (
    <>
      <FormError message={props.error ?? ATTACHMENTS_CLOSED} />
      <h2>提出済みの関連資料</h2>
      <AttachmentList attachments={props.attachments} href={(id) => attachmentHref(props.action, id)} />
      <p><a class="button secondary" href={props.backHref}>戻る</a></p>
    </>
  );
}

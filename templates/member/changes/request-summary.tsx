// What a request is (種別, 状態, 申請日時, the successor of a 承継), as its detail and its 取下げ
// confirmation show it.
import type { ChangeRequest } from '../../../db/models/change-request';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';
import { formatDateTime } from '../../components/date-time';

/** `submitter`: the 申請者 row, where the page names who sent it. */
export function RequestSummary({ request, submitter }: { request: ChangeRequest; submitter?: string }) {
  return (
    <dl class="summary">
      <dt>種別</dt><dd>{CHANGE_REQUEST_KINDS[request.kind]}</dd>
      <dt>状態</dt><dd>{CHANGE_REQUEST_STATUSES[request.status]}</dd>
      <dt>申請日時</dt><dd>{formatDateTime(request.submittedAt)}</dd>
      {submitter ? <><dt>申請者</dt><dd>{submitter}</dd></> : null}
      {request.successor ? (
        <>
          <dt>承継事業者コード</dt><dd>{request.successor.businessCode}</dd>
          <dt>承継事業者名</dt><dd>{request.successor.name}</dd>
        </>
      ) : null}
    </dl>
  );
}

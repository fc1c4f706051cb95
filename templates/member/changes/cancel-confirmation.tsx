// 取下げ of a request under review asks once more, as 削除, 承継 and 脱退 do: a withdrawn request
// cannot be taken up again. A page of its own, so it works without JavaScript.
import type { ChangeRequest } from '../../../db/models/change-request';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';
import type { MemberAuth } from '../../../server/deps';
import { formatDateTime } from '../../components/date-time';
import { MemberLayout } from '../member-layout';

export function CancelConfirmPage({ auth, request }: { auth: MemberAuth; request: ChangeRequest }) {
  const detail = `/member/changes/${request.id}`;
  return (
    <MemberLayout title="取下げの確認" auth={auth} area="/member/changes">
      <h1>取下げの確認</h1>
      <dl class="summary">
        <dt>種別</dt><dd>{CHANGE_REQUEST_KINDS[request.kind]}</dd>
        <dt>状態</dt><dd>{CHANGE_REQUEST_STATUSES[request.status]}</dd>
        <dt>申請日時</dt><dd>{formatDateTime(request.submittedAt)}</dd>
        {request.successor ? (
          <>
            <dt>承継事業者コード</dt><dd>{request.successor.businessCode}</dd>
            <dt>承継事業者名</dt><dd>{request.successor.name}</dd>
          </>
        ) : null}
      </dl>
      <p role="alert">この申請を取下げてよろしいですか。取下げた申請は元に戻せません。改めて申請する場合は、新規申請から申請してください。</p>
      <form hx-boost="true" method="post" action={`${detail}/cancel`} class="actions">
        <a class="button secondary" href={detail}>戻る</a>
        <button type="submit" class="button danger">取下げ</button>
      </form>
    </MemberLayout>
  );
}

// 取下げ of a request under review asks once more, as 削除, 承継 and 脱退 do: a withdrawn request
// cannot be taken up again. A page of its own, so it works without JavaScript.
import type { ChangeRequest } from '../../../db/models/change-request';
import type { MemberAuth } from '../../../server/deps';
import { MemberLayout } from '../member-layout';
import { RequestSummary } from './request-summary';

export function CancelConfirmPage({ auth, request }: { auth: MemberAuth; request: ChangeRequest }) {
  const detail = `/member/changes/${request.id}`;
  return (
    <MemberLayout title="取下げの確認" auth={auth} area="/member/changes">
      <h1>取下げの確認</h1>
      <RequestSummary request={request} />
      <p role="alert">この申請を取下げてよろしいですか。取下げた申請は元に戻せません。改めて申請する場合は、新規申請から申請してください。</p>
      <form hx-boost="true" method="post" action={`${detail}/cancel`} class="actions">
        <a class="button secondary" href={detail}>戻る</a>
        <button type="submit" class="button danger">取下げ</button>
      </form>
    </MemberLayout>
  );
}

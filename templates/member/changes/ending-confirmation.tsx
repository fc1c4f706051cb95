// The confirmation pages of 承継・脱退に関する申請 (第6章, 第7章): both end the membership, so each
// asks again before the request is sent.
import type { Successor } from '../../../domain/change-request';
import type { MemberAuth } from '../../../server/deps';
import { FormError } from '../../components/notice';
import { MemberLayout } from '../member-layout';
import { endingSectionAddress } from './change-form';

/** 脱退 asks again before anything is sent: a page of its own, so it works without JavaScript. */
export function WithdrawalConfirmPage({ auth, requestId, error }: { auth: MemberAuth; requestId: string; error?: string | undefined }) {
  return (
    <MemberLayout title="脱退の確認" auth={auth} area="/member/changes">
      <h1>脱退の確認</h1>
      <FormError message={error} />
      <p class="warning" role="note">!! 「脱退」の場合、広域機関会員ではなくなるため申請の際はご注意ください</p>
      <p>{`${auth.member.companyName}（事業者コード ${auth.member.businessCode}）の脱退を申請します。よろしいですか。`}</p>
      <p>脱退が承認された場合、本システムは利用出来なくなります。脱退申請された際、別途書面のご提出をお願いすることがございます。</p>
      <form hx-boost="true" method="post" action="/member/changes/withdrawal">
        <input type="hidden" name="requestId" value={requestId} />
        <div class="actions">
          <a class="button secondary" href={endingSectionAddress()}>戻る</a>
          <button type="submit" class="button danger">脱退</button>
        </div>
      </form>
    </MemberLayout>
  );
}

/**
 * 承継 asks again as 脱退 does, naming the successor. Its 承継 sends the form 承継 always sent
 * (/member/changes/ending with action=succession), so the request is made where it always was; its
 * 戻る brings the successor back into the form.
 */
export function SuccessionConfirmPage({ auth, requestId, successor }: { auth: MemberAuth; requestId: string; successor: Successor }) {
  return (
    <MemberLayout title="承継の確認" auth={auth} area="/member/changes">
      <h1>承継の確認</h1>
      <p class="warning" role="note">!! 「承継」の場合、広域機関会員ではなくなるため申請の際はご注意ください</p>
      <p>{`${auth.member.companyName}（事業者コード ${auth.member.businessCode}）の事業を次の事業者に承継する申請をします。よろしいですか。`}</p>
      <dl class="summary">
        <dt>承継事業者コード</dt><dd>{successor.businessCode}</dd>
        <dt>承継事業者名</dt><dd>{successor.name}</dd>
      </dl>
      <p>承継が承認された場合、本システムは利用出来なくなります。承継申請された際、別途書面のご提出をお願いすることがございます。</p>
      <form hx-boost="true" method="post" action="/member/changes/ending">
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="successorCode" value={successor.businessCode} />
        <input type="hidden" name="successorName" value={successor.name} />
        <div class="actions">
          <a class="button secondary" href={endingSectionAddress({ successorCode: successor.businessCode, successorName: successor.name })}>戻る</a>
          <button type="submit" name="action" value="succession" class="button danger">承継</button>
        </div>
      </form>
    </MemberLayout>
  );
}

// 会員情報の履歴: everything that happened to the member's data and requests, newest first.
import type { TimelineEntry } from '../../domain/timeline';
import type { MemberAuth } from '../../server/deps';
import { Timeline } from '../components/timeline';
import { MemberLayout } from './member-layout';

export function MemberHistoryPage({ auth, timeline }: { auth: MemberAuth; timeline: TimelineEntry[] }) {
  return (
    <MemberLayout title="会員情報の履歴" auth={auth} area="/member/changes">
      <h1>会員情報の履歴</h1>
      <p>会員情報の変更と、会員情報変更・承継・脱退の申請の経過を新しい順に表示しています。</p>
      <Timeline entries={timeline} audience="applicant" />
      <p class="actions"><a class="button secondary" href="/member/changes">戻る</a></p>
    </MemberLayout>
  );
}

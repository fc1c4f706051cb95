// A member's timeline for staff: 加入, changes with their actors, requests and their steps.
import type { Member } from '../../db/models/member';
import { memberStatusLabel } from '../../domain/member-status';
import type { TimelineEntry } from '../../domain/timeline';
import type { StaffAuth } from '../../server/deps';
import { TemporalUiLink } from '../components/temporal-ui-link';
import { Timeline } from '../components/timeline';
import { StaffLayout } from './staff-layout';

export interface StaffMemberHistoryProps {
  auth: StaffAuth;
  member: Member;
  timeline: TimelineEntry[];
  /** The member's workflow (`member-<事業者コード>`) in the Temporal UI. */
  workflowUrl: string;
}

export function StaffMemberHistoryPage({ auth, member, timeline, workflowUrl }: StaffMemberHistoryProps) {
  return (
    <StaffLayout title="会員の履歴" auth={auth} area="/staff/members">
      <h1>会員の履歴</h1>
      <dl class="summary">
        <dt>事業者コード</dt><dd>{member.businessCode}</dd>
        <dt>会社名</dt><dd>{member.companyName}</dd>
        <dt>状態</dt><dd>{memberStatusLabel(member.status)}</dd>
        <dt>ワークフロー</dt><dd><TemporalUiLink href={workflowUrl} /></dd>
      </dl>
      <Timeline entries={timeline} audience="staff" />
      <p class="actions"><a class="button secondary" href="/staff/members">戻る</a></p>
    </StaffLayout>
  );
}

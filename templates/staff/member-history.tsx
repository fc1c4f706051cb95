// A member for staff: its current 会社情報 and 管理者情報 (what the member sees on 会員情報確認), then
// its timeline: 加入, changes with their actors, requests and their steps.
import type { Member } from '../../db/models/member';
import type { User } from '../../db/models/user';
import { memberStatusLabel } from '../../domain/member-status';
import type { TimelineEntry } from '../../domain/timeline';
import type { StaffAuth } from '../../server/deps';
import { AdministratorInformation, CompanyInformation } from '../components/member-information';
import { TemporalUiLink } from '../components/temporal-ui-link';
import { Timeline } from '../components/timeline';
import { StaffLayout } from './staff-layout';

export interface StaffMemberHistoryProps {
  auth: StaffAuth;
  member: Member;
  administrators: [User | null, User | null];
  timeline: TimelineEntry[];
  /** The member's workflow (`member-<事業者コード>`) in the Temporal UI. */
  workflowUrl: string;
}

export function StaffMemberHistoryPage({ auth, member, administrators, timeline, workflowUrl }: StaffMemberHistoryProps) {
  return (
    <StaffLayout title="会員情報・履歴" auth={auth} area="/staff/members">
      <h1>会員情報・履歴</h1>
      <dl class="summary">
        <dt>事業者コード</dt><dd>{member.businessCode}</dd>
        <dt>会社名</dt><dd>{member.companyName}</dd>
        <dt>状態</dt><dd>{memberStatusLabel(member.status)}</dd>
        <dt>監査証跡</dt><dd><a href={`/staff/audit?businessCode=${encodeURIComponent(member.businessCode)}`}>この会員の会員情報変更履歴（監査証跡）</a></dd>
        <dt>ワークフロー</dt><dd><TemporalUiLink href={workflowUrl} /></dd>
      </dl>
      <CompanyInformation businessCode={member.businessCode} company={member.company} />
      <AdministratorInformation administrators={administrators} />
      <section class="form-section">
        <h2>● 履歴</h2>
        <Timeline entries={timeline} audience="staff" />
      </section>
      <p class="actions"><a class="button secondary" href="/staff/members">戻る</a></p>
    </StaffLayout>
  );
}

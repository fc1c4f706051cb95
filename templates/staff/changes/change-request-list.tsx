// Staff console: 会員情報変更・承継・脱退の申請 under review first, then those waiting for the
// member after 保留/却下, each section paged on its own and each row linked to its review and to
// its workflow in the Temporal UI.
import type { ChangeRequest } from '../../../db/models/change-request';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';
import { sectionPageHref } from '../../../domain/paging';
import type { StaffAuth } from '../../../server/deps';
import { formatDateTime } from '../../components/date-time';
import { currentPages, QueueSection, type QueueSectionPage } from '../../components/queue-section';
import { TemporalUiLink } from '../../components/temporal-ui-link';
import { StaffLayout } from '../staff-layout';

export type StaffChangeListSection = QueueSectionPage<ChangeRequest>;

export interface StaffChangeListProps {
  auth: StaffAuth;
  sections: StaffChangeListSection[];
  companyNames: Map<string, string>;
  /** The request's workflow (`change-request-<id>`) in the Temporal UI. */
  workflowUrl: (requestId: string) => string;
}

export function StaffChangeListPage({ auth, sections, companyNames, workflowUrl }: StaffChangeListProps) {
  const current = currentPages(sections);
  return (
    <StaffLayout title="会員情報変更申請一覧" auth={auth} area="/staff/changes">
      <h1>会員情報変更申請一覧</h1>
      <p><a href="/staff/audit">会員情報変更履歴（監査証跡）</a></p>
      {sections.map((section) => (
        <QueueSection heading={section.heading} paging={section.queue} href={sectionPageHref('/staff/changes', current, section.key)} sectionClass="form-section">
          <table class="list staff-queue">
            <thead>
              <tr><th scope="col">申請日時</th><th scope="col">事業者コード</th><th scope="col">会社名</th><th scope="col">種別</th><th scope="col">状態</th><th scope="col">詳細</th><th scope="col">ワークフロー</th></tr>
            </thead>
            <tbody>
              {section.queue.rows.map((r) => (
                <tr>
                  <td class="nowrap">{formatDateTime(r.submittedAt)}</td>
                  <td class="nowrap">{r.businessCode}</td>
                  <td class="company">{companyNames.get(r.businessCode) ?? ''}</td>
                  <td class="nowrap">{CHANGE_REQUEST_KINDS[r.kind]}</td>
                  <td class="nowrap">{CHANGE_REQUEST_STATUSES[r.status]}</td>
                  <td class="nowrap"><a href={`/staff/changes/${r.id}`}>審査</a></td>
                  <td class="nowrap"><TemporalUiLink href={workflowUrl(r.id)} label="Temporal UI" /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </QueueSection>
      ))}
    </StaffLayout>
  );
}

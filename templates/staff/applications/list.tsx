// 加入申請一覧 (staff): applications awaiting their 事業者コード, under review, and waiting for the
// applicant, each section paged on its own and each row linked to its page and to its workflow
// in the Temporal UI.
import type { MembershipApplication } from '../../../db/models/membership-application';
import { APPLICATION_STATUSES } from '../../../domain/application-status';
import { sectionPageHref } from '../../../domain/paging';
import type { StaffAuth } from '../../../server/deps';
import { formatDateTime } from '../../components/date-time';
import { currentPages, QueueSection, type QueueSectionPage } from '../../components/queue-section';
import { StaffLayout } from '../staff-layout';
import { TemporalUiLink } from '../../components/temporal-ui-link';

export type ApplicationListSection = QueueSectionPage<MembershipApplication>;

export function ApplicationListPage({ auth, sections, workflowUrl }: { auth: StaffAuth; sections: ApplicationListSection[]; workflowUrl: (applicationId: string) => string }) {
  const current = currentPages(sections);
  return (
    <StaffLayout title="加入申請一覧" auth={auth} area="/staff/applications">
      <h1>加入申請一覧</h1>
      {sections.map((section) => (
        <QueueSection heading={section.heading} paging={section.queue} href={sectionPageHref('/staff/applications', current, section.key)}>
          <table class="history">
            <thead>
              <tr><th scope="col">加入申請受付番号</th><th scope="col">会社名</th><th scope="col">状況</th><th scope="col">事業者コード</th><th scope="col">更新日時</th><th scope="col">ワークフロー</th></tr>
            </thead>
            <tbody>
              {section.queue.rows.map((a) => (
                <tr>
                  <td><a href={`/staff/applications/${a.id}`}>{a.receiptNumber}</a></td>
                  <td>{a.companyName}</td>
                  <td>{APPLICATION_STATUSES[a.status]}</td>
                  <td>{a.businessCode ?? ''}</td>
                  <td>{formatDateTime(a.updatedAt)}</td>
                  <td><TemporalUiLink href={workflowUrl(a.id)} label="Temporal UI" /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </QueueSection>
      ))}
    </StaffLayout>
  );
}

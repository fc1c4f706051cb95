// 加入申請一覧 (staff): applications awaiting their 事業者コード, under review, and waiting for the
// applicant, each section paged on its own; or, filtered by 状況, the applications in one status
// (finished ones too). Each row is linked to its page and to its workflow in the Temporal UI.
import type { MembershipApplication } from '../../../db/models/membership-application';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../domain/application-status';
import { sectionPageHref } from '../../../domain/paging';
import type { StaffAuth } from '../../../server/deps';
import { formatDateTime } from '../../components/date-time';
import { LiveSearchForm, LiveSearchResults } from '../../components/live-search';
import { currentPages, QueueSection, type QueueSectionPage } from '../../components/queue-section';
import { StaffLayout } from '../staff-layout';
import { TemporalUiLink } from '../../components/temporal-ui-link';
import { LISTED_STATUSES, statusListHref, statusOrder } from './status-filter';

export type ApplicationListSection = QueueSectionPage<MembershipApplication>;

export interface ApplicationListProps {
  auth: StaffAuth;
  sections: ApplicationListSection[];
  /** The 状況 filtered by; undefined for the sections of open work. */
  status: ApplicationStatus | undefined;
  workflowUrl: (applicationId: string) => string;
}

function StatusFilter({ status }: { status: ApplicationStatus | undefined }) {
  return (
    <LiveSearchForm action="/staff/applications" resultsId="application-results" class="search">
      <div class="field">
        <div class="label-cell"><label for="filter-status">状況</label></div>
        <div class="control">
          <select id="filter-status" name="status">
            <option value="" selected={status === undefined}>対応中の申請（区分ごと）</option>
            {LISTED_STATUSES.map((value) => (
              <option value={value} selected={status === value}>{APPLICATION_STATUSES[value]}</option>
            ))}
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit">検索</button>
      </div>
    </LiveSearchForm>
  );
}

export function ApplicationListPage({ auth, sections, status, workflowUrl }: ApplicationListProps) {
  const current = currentPages(sections);
  return (
    <StaffLayout title="加入申請一覧" auth={auth} area="/staff/applications">
      <h1>加入申請一覧</h1>
      <StatusFilter status={status} />
      <LiveSearchResults id="application-results">
        {status ? <p>{statusOrder(status) === 'newest' ? '更新日時の新しい順に表示しています。' : '更新日時の古い順に表示しています。'}</p> : null}
        {sections.map((section) => (
          <QueueSection
            heading={section.heading}
            paging={section.queue}
            href={status ? (page) => statusListHref(status, page) : sectionPageHref('/staff/applications', current, section.key)}
          >
            <table class="history staff-queue">
              <thead>
                <tr><th scope="col">加入申請受付番号</th><th scope="col">会社名</th><th scope="col">状況</th><th scope="col">事業者コード</th><th scope="col">更新日時</th><th scope="col">ワークフロー</th></tr>
              </thead>
              <tbody>
                {section.queue.rows.map((a) => (
                  <tr>
                    <td class="nowrap"><a href={`/staff/applications/${a.id}`}>{a.receiptNumber}</a></td>
                    <td class="company">{a.companyName}</td>
                    <td>{APPLICATION_STATUSES[a.status]}</td>
                    <td class="nowrap">{a.businessCode ?? ''}</td>
                    <td class="nowrap">{formatDateTime(a.updatedAt)}</td>
                    <td class="nowrap"><TemporalUiLink href={workflowUrl(a.id)} label="Temporal UI" /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </QueueSection>
        ))}
      </LiveSearchResults>
    </StaffLayout>
  );
}

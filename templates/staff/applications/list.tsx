// 加入申請一覧 (staff): applications awaiting their 事業者コード, under review, and waiting for the
// applicant, each section paged on its own; or, filtered by 状況 and/or searched by 受付番号,
// 事業者コード or 会社名, the applications found (finished ones too). Each row is linked to its page
// and to its workflow in the Temporal UI.
import type { MembershipApplication } from '../../../db/models/membership-application';
import { awaitedBefore } from '../../../domain/application-deadline';
import { APPLICATION_STATUSES } from '../../../domain/application-status';
import { sectionPageHref } from '../../../domain/paging';
import type { StaffAuth } from '../../../server/deps';
import { formatDate, formatDateTime } from '../../components/date-time';
import { LiveSearchForm, LiveSearchResults } from '../../components/live-search';
import { currentPages, QueueSection, type QueueSectionPage } from '../../components/queue-section';
import { StaffLayout } from '../staff-layout';
import { TemporalUiLink } from '../../components/temporal-ui-link';
import { applicationListHref, LISTED_STATUSES, statusOrder, type ApplicationListFilter } from './status-filter';

export type ApplicationListSection = QueueSectionPage<MembershipApplication>;

export interface ApplicationListProps {
  auth: StaffAuth;
  sections: ApplicationListSection[];
  /** The 状況 filtered by and the text searched for; neither for the sections of open work. */
  filter: ApplicationListFilter;
  workflowUrl: (applicationId: string) => string;
}

function ListFilter({ filter: { status, text } }: { filter: ApplicationListFilter }) {
  return (
    <LiveSearchForm action="/staff/applications" resultsId="application-results" class="search">
      <div class="field">
        <div class="label-cell"><label for="filter-text">受付番号・事業者コード・会社名</label></div>
        <div class="control">
          <input id="filter-text" name="q" type="search" value={text ?? ''} maxlength={100} aria-describedby="filter-text-hint" />
          <p class="hint" id="filter-text-hint">※受付番号・事業者コードは全桁、会社名は一部でも探せます。状況を選ばなければ、すべての状況から探します。</p>
        </div>
      </div>
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

export function ApplicationListPage({ auth, sections, filter, workflowUrl }: ApplicationListProps) {
  const current = currentPages(sections);
  const { status, text } = filter;
  const filtered = Boolean(status || text);
  return (
    <StaffLayout title="加入申請一覧" auth={auth} area="/staff/applications">
      <h1>加入申請一覧</h1>
      <ListFilter filter={filter} />
      <LiveSearchResults id="application-results">
        {filtered ? <p>{text || (status && statusOrder(status) === 'newest') ? '更新日時の新しい順に表示しています。' : '更新日時の古い順に表示しています。'}</p> : null}
        {sections.map((section) => (
          <QueueSection
            heading={section.heading}
            paging={section.queue}
            href={filtered ? (page) => applicationListHref(filter, page) : sectionPageHref('/staff/applications', current, section.key)}
          >
            <table class="history staff-queue">
              <thead>
                <tr><th scope="col">加入申請受付番号</th><th scope="col">会社名</th><th scope="col">状況</th><th scope="col">事業者コード</th><th scope="col">更新日時</th><th scope="col">期限</th><th scope="col">ワークフロー</th></tr>
              </thead>
              <tbody>
                {section.queue.rows.map((a) => (
                  <tr>
                    <td class="nowrap"><a href={`/staff/applications/${a.id}`}>{a.receiptNumber}</a></td>
                    <td class="company">{a.companyName}</td>
                    <td>{APPLICATION_STATUSES[a.status]}</td>
                    <td class="nowrap">{a.businessCode ?? ''}</td>
                    <td class="nowrap">{formatDateTime(a.updatedAt)}</td>
                    <td class="nowrap">{a.deadlineAt && awaitedBefore(a.status) ? formatDate(a.deadlineAt) : ''}</td>
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

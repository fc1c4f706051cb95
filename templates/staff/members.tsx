// 会員一覧 (staff): search by 事業者コード, 会社名 and 状態, with the CSV export of the same search;
// each row leads to the member's information and history, and to its workflow in the Temporal UI.
import type { Member } from '../../db/models/member';
import type { MemberSearch } from '../../domain/forms/member-search';
import { MEMBER_STATUS_LABELS, memberStatusLabel } from '../../domain/member-status';
import { shownRange } from '../../domain/paging';
import type { StaffAuth } from '../../server/deps';
import { formatDateTime } from '../components/date-time';
import { LiveSearchForm, LiveSearchResults } from '../components/live-search';
import { Pager } from '../components/pager';
import { TemporalUiLink } from '../components/temporal-ui-link';
import { StaffLayout } from './staff-layout';

export interface MemberListPageProps {
  auth: StaffAuth;
  search: MemberSearch;
  members: Member[];
  total: number;
  page: number;
  pageSize: number;
  /** The member's workflow (`member-<事業者コード>`) in the Temporal UI. */
  workflowUrl: (businessCode: string) => string;
}

export function membersQuery(search: MemberSearch, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...search, ...extra });
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function MemberListPage({ auth, search, members, total, page, pageSize, workflowUrl }: MemberListPageProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <StaffLayout title="会員一覧" auth={auth} area="/staff/members">
      <h1>会員一覧</h1>
      <LiveSearchForm action="/staff/members" resultsId="member-results" class="search">
        <div class="field">
          <div class="label-cell"><label for="search-businessCode">事業者コード</label></div>
          <div class="control"><input id="search-businessCode" name="businessCode" type="text" value={search.businessCode} maxlength={4} /></div>
        </div>
        <div class="field">
          <div class="label-cell"><label for="search-companyName">会社名</label></div>
          <div class="control"><input id="search-companyName" name="companyName" type="text" value={search.companyName} maxlength={100} /></div>
        </div>
        <div class="field">
          <div class="label-cell"><label for="search-status">状態</label></div>
          <div class="control">
            <select id="search-status" name="status">
              <option value="" selected={search.status === ''}>すべて</option>
              {Object.entries(MEMBER_STATUS_LABELS).map(([value, label]) => (
                <option value={value} selected={search.status === value}>{label}</option>
              ))}
            </select>
          </div>
        </div>
        <div class="actions">
          <button type="submit">検索</button>
        </div>
      </LiveSearchForm>
      <LiveSearchResults id="member-results">
        <p role="status">{total === 0 ? '該当する会員はありません。' : shownRange(total, page, pageSize)}</p>
        {total === 0 ? null : <p class="actions"><a class="button secondary" href={`/staff/members.csv${membersQuery(search)}`}>CSV出力</a></p>}
        {total === 0 ? null : <MemberTable members={members} workflowUrl={workflowUrl} />}
        <Pager label="ページ" page={page} pages={pages} href={(p) => `/staff/members${membersQuery(search, { page: String(p) })}`} />
      </LiveSearchResults>
    </StaffLayout>
  );
}

function MemberTable({ members, workflowUrl }: Pick<MemberListPageProps, 'members' | 'workflowUrl'>) {
  return (
    <table class="list">
      <thead>
        <tr><th scope="col">事業者コード</th><th scope="col">会社名</th><th scope="col">事業者種別</th><th scope="col">状態</th><th scope="col">加入日時</th><th scope="col">会員情報・履歴</th><th scope="col">ワークフロー</th></tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr>
            <td>{m.businessCode}</td>
            <td>{m.companyName}</td>
            <td>{m.company.businessTypes.join('、')}</td>
            <td>{memberStatusLabel(m.status)}</td>
            <td>{formatDateTime(m.joinedAt)}</td>
            <td><a href={`/staff/members/${encodeURIComponent(m.businessCode)}/history`}>{`${m.businessCode} の会員情報・履歴`}</a></td>
            <td><TemporalUiLink href={workflowUrl(m.businessCode)} label="Temporal UI" /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// 会員情報変更申請一覧 (第5章): past requests, searched by 申請日 (期間), 種別 and 状態; 新規申請.
import type { ChangeRequest } from '../../../db/models/change-request';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';
import type { ChangeRequestSearch } from '../../../domain/forms/change-request-search';
import type { MemberAuth } from '../../../server/deps';
import { formatDateTime } from '../../components/date-time';
import { LiveSearchForm, LiveSearchResults } from '../../components/live-search';
import { Done } from '../../components/notice';
import { MemberLayout } from '../member-layout';

export interface ChangeListProps {
  auth: MemberAuth;
  requests: ChangeRequest[];
  search: ChangeRequestSearch;
  done?: string | undefined;
}

/** The submitter without the technical prefix: ユーザID and 氏名. */
export function actorLabel(actor: string): string {
  if (actor.startsWith('user:')) return actor.slice(5);
  if (actor.startsWith('staff:')) return `本機関（${actor.slice(6)}）`;
  return actor;
}

export function ChangeListPage({ auth, requests, search, done }: ChangeListProps) {
  return (
    <MemberLayout title="会員情報変更申請一覧" auth={auth} area="/member/changes">
      <h1>会員情報変更申請一覧</h1>
      <p><a href="/member/changes/history">会員情報の履歴</a></p>
      <Done message={done} />
      <LiveSearchForm action="/member/changes" resultsId="change-results" class="search-row">
        <div>
          <label for="search-from">申請日（から）</label>
          <input id="search-from" name="from" type="date" value={search.from} />
        </div>
        <div>
          <label for="search-to">申請日（まで）</label>
          <input id="search-to" name="to" type="date" value={search.to} />
        </div>
        <div>
          <label for="search-kind">種別</label>
          <select id="search-kind" name="kind">
            <option value="">すべて</option>
            {Object.entries(CHANGE_REQUEST_KINDS).map(([value, label]) => (
              <option value={value} selected={search.kind === value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="search-status">状態</label>
          <select id="search-status" name="status">
            <option value="">すべて</option>
            {Object.entries(CHANGE_REQUEST_STATUSES).map(([value, label]) => (
              <option value={value} selected={search.status === value}>{label}</option>
            ))}
          </select>
        </div>
        <button type="submit">検索</button>
      </LiveSearchForm>
      <p class="actions"><a class="button" href="/member/changes/new">新規申請</a></p>
      <LiveSearchResults id="change-results">
        {requests.length === 0 ? (
          <p>該当する申請はありません。</p>
        ) : (
          <table class="list">
            <thead>
              <tr><th scope="col">申請日時</th><th scope="col">種別</th><th scope="col">状態</th><th scope="col">申請者</th><th scope="col">詳細</th></tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr>
                  <td>{formatDateTime(r.submittedAt)}</td>
                  <td>{CHANGE_REQUEST_KINDS[r.kind]}</td>
                  <td>{CHANGE_REQUEST_STATUSES[r.status]}</td>
                  <td>{actorLabel(r.submittedBy)}</td>
                  <td><a href={`/member/changes/${r.id}`} aria-label={`${formatDateTime(r.submittedAt)}の申請の詳細`}>詳細</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LiveSearchResults>
    </MemberLayout>
  );
}

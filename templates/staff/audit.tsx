// Staff console: the audit trail of member data (会員情報変更履歴): who, when, what (before / after
// per field), through which request. static/app.css keeps 日時, 事業者コード and 申請 on one line
// and gives 内容, 操作者 and 変更項目 their least widths by column position, so a new column goes
// last or moves those rules with it.
import type { MemberAuditEntry } from '../../db/models/member-audit-entry';
import { AUDIT_ACTIONS } from '../../domain/audit-action';
import type { StaffAuth } from '../../server/deps';
import { formatDateTime } from '../components/date-time';
import { actorLabel } from '../member/changes/change-list';
import { LiveSearchForm, LiveSearchResults } from '../components/live-search';
import { StaffLayout } from './staff-layout';

/** The newest entries shown at most; older ones are reached by narrowing to one 事業者コード. */
export const AUDIT_ENTRIES_SHOWN = 500;

/** `cut`: there may be older entries than those shown. */
export function AuditTrailPage({ auth, entries, businessCode, cut }: { auth: StaffAuth; entries: MemberAuditEntry[]; businessCode: string; cut: boolean }) {
  return (
    <StaffLayout title="会員情報変更履歴（監査証跡）" auth={auth} area="/staff/audit">
      <h1>会員情報変更履歴（監査証跡）</h1>
      <LiveSearchForm action="/staff/audit" resultsId="audit-results" class="search-row">
        <div>
          <label for="audit-business-code">事業者コード</label>
          <input id="audit-business-code" name="businessCode" type="text" value={businessCode} maxlength={4} />
        </div>
        <button type="submit">検索</button>
      </LiveSearchForm>
      <LiveSearchResults id="audit-results">
        {cut ? <p role="status">{`新しい順に${AUDIT_ENTRIES_SHOWN}件まで表示しています。${businessCode ? '' : 'それより前の履歴は、事業者コードで絞り込んでご覧ください。'}`}</p> : null}
        {entries.length === 0 ? (
          <p>該当する履歴はありません。</p>
        ) : (
          <table class="list audit">
            <thead>
              <tr><th scope="col">日時</th><th scope="col">事業者コード</th><th scope="col">内容</th><th scope="col">操作者</th><th scope="col">申請</th><th scope="col">変更項目（変更前 → 変更後）</th></tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr>
                  <td>{formatDateTime(entry.occurredAt)}</td>
                  <td>{entry.businessCode}</td>
                  <td>{AUDIT_ACTIONS[entry.action]}</td>
                  <td>{actorLabel(entry.actor)}</td>
                  <td>{entry.requestId ? <a href={`/staff/changes/${entry.requestId}`}>申請を見る</a> : '―'}</td>
                  <td>
                    <ul>
                      {entry.changes.map((change) => (
                        <li>{`${change.label}: 「${change.before}」 → 「${change.after}」`}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LiveSearchResults>
    </StaffLayout>
  );
}

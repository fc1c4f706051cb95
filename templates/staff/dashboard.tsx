// 本機関メニュー: the staff console's home. What waits for staff (applications per status, each
// leading to 加入申請一覧 filtered by it; the items waiting longest; open 会員情報変更申請;
// applications per week), then one link per area of work.
import type { MembershipApplication } from '../../db/models/membership-application';
import type { WeekCount } from '../../db/repositories/dashboard';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../domain/application-status';
import type { ChangeRequestStatus } from '../../domain/change-request';
import type { StaffAuth } from '../../server/deps';
import { formatDateTime } from '../components/date-time';
import { WeeklyChart } from '../components/weekly-chart';
import { StaffLayout } from './staff-layout';
import { STAFF_LINKS } from './staff-areas';
import { applicationListHref, LISTED_STATUSES } from './applications/status-filter';
import { Done } from '../components/notice';

export interface StaffOverview {
  counts: Partial<Record<ApplicationStatus, number>>;
  oldest: Pick<MembershipApplication, 'id' | 'receiptNumber' | 'companyName' | 'status' | 'updatedAt' | 'deadlineAt'>[];
  weeks: WeekCount[];
  /** Open 会員情報変更・承継・脱退の申請 per status */
  changeCounts: Partial<Record<ChangeRequestStatus, number>>;
  now: Date;
}

// The sections of 会員情報変更申請一覧, where these requests are found.
const CHANGE_ROWS: { label: string; statuses: ChangeRequestStatus[] }[] = [
  { label: '審査待ち', statuses: ['under_review'] },
  { label: '会員の再申請待ち（保留・却下）', statuses: ['on_hold', 'rejected'] },
];

function waitedDays(since: Date, now: Date): number {
  return Math.floor((now.getTime() - since.getTime()) / 86_400_000);
}

/** `done`: what the step that led here did (a パスワード変更 asked for at login). */
export function StaffDashboardPage({ auth, overview, done }: { auth: StaffAuth; overview: StaffOverview; done?: string | undefined }) {
  return (
    <StaffLayout title="本機関メニュー" auth={auth} area="/staff">
      <h1>本機関メニュー</h1>
      <Done message={done} />
      <section class="dashboard">
        <div class="panel">
          <h2>加入申請の状況</h2>
          <table class="list">
            <thead><tr><th scope="col">状況</th><th scope="col">件数</th></tr></thead>
            <tbody>
              {(Object.keys(APPLICATION_STATUSES) as ApplicationStatus[]).map((status) => (
                <tr>
                  <td>{LISTED_STATUSES.includes(status) ? <a href={applicationListHref({ status })}>{APPLICATION_STATUSES[status]}</a> : APPLICATION_STATUSES[status]}</td>
                  <td class="number">{String(overview.counts[status] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">リンク送信済み・リンク期限切れの申請は加入(仮)申請の前のため、加入申請一覧には表示されません。</p>
        </div>
        <div class="panel">
          <h2>対応待ちの長い加入申請</h2>
          {overview.oldest.length === 0 ? (
            <p>本機関の対応を待っている加入申請はありません。</p>
          ) : (
            <ol>
              {overview.oldest.map((a) => (
                <li>
                  <a href={`/staff/applications/${a.id}`}>{`${a.receiptNumber ?? ''} ${a.companyName}`}</a>
                  {`：${APPLICATION_STATUSES[a.status]}、最終更新 ${formatDateTime(a.updatedAt)}（経過日数：${waitedDays(a.updatedAt, overview.now)}日）`}
                  {a.deadlineAt ? `、期限 ${formatDateTime(a.deadlineAt)}` : ''}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div class="panel">
          <h2>会員情報変更申請の状況</h2>
          <table class="list">
            <thead><tr><th scope="col">状態</th><th scope="col">件数</th></tr></thead>
            <tbody>
              {CHANGE_ROWS.map(({ label, statuses }) => (
                <tr>
                  <td><a href="/staff/changes">{label}</a></td>
                  <td class="number">{String(statuses.reduce((sum, status) => sum + (overview.changeCounts[status] ?? 0), 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">承継・脱退の申請を含みます。</p>
        </div>
        <div class="panel wide">
          <h2>週ごとの加入申請数</h2>
          <WeeklyChart title="週ごとの加入申請数" weeks={overview.weeks} />
        </div>
      </section>
      <ul class="staff-links">
        {STAFF_LINKS.map((link) => (
          <li>
            <a href={link.href}>{link.label}</a>
            <p class="hint">{link.description}</p>
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}

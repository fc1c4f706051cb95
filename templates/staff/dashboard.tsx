// 本機関メニュー: the staff console's home, one link per area of work.
import type { StaffAuth } from '../../server/deps';
import { StaffLayout } from './staff-layout';

export interface StaffLink {
  href: string;
  label: string;
  description: string;
}

/** Areas of the console; each issue adds its entry here. */
export const STAFF_LINKS: StaffLink[] = [
  { href: '/staff/applications', label: '加入申請一覧', description: '加入申請の確認、事業者コードの発行、承認／保留／却下を行います。' },
  { href: '/staff/members', label: '会員一覧', description: '会員の検索と、検索結果のCSV出力を行います。' },
  { href: '/staff/password', label: 'パスワード変更', description: 'ご自身のパスワードを変更します。' },
];

export function StaffDashboardPage({ auth }: { auth: StaffAuth }) {
  return (
    <StaffLayout title="本機関メニュー" auth={auth}>
      <h1>本機関メニュー</h1>
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

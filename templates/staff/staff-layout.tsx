// Every staff console page (本機関): who is logged in, パスワード変更, ログアウト and the menu bar.
import type { Child } from 'hono/jsx';
import type { StaffAuth } from '../../server/deps';
import { Layout } from '../layout';
import { MenuBar } from '../components/menu-bar';
import { STAFF_AREAS } from './staff-areas';

export interface StaffLayoutProps {
  title: string;
  auth: StaffAuth;
  children: Child;
  /** The area (its href) this page belongs to, marked as current in the menu bar. */
  area?: string;
}

function StaffHeader({ auth }: { auth: StaffAuth }) {
  return (
    <div class="member-header">
      <dl class="member-identity">
        <div><dt>本機関：</dt><dd>{auth.staff.name}</dd></div>
      </dl>
      <div class="member-actions">
        <a class="button secondary" href="/staff/password">パスワード変更</a>
        <form hx-boost="true" method="post" action="/staff/logout">
          <button type="submit">ログアウト</button>
        </form>
      </div>
    </div>
  );
}

export function StaffLayout({ title, auth, children, area }: StaffLayoutProps) {
  return (
    <Layout title={`${title}（本機関）`} header={<StaffHeader auth={auth} />} home="/staff">
      <MenuBar label="本機関メニュー" entries={[{ href: '/staff', label: '本機関メニュー' }, ...STAFF_AREAS]} area={area} />
      {children}
    </Layout>
  );
}

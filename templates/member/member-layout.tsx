// Every member page: the header of the manual (会社名, 氏名, 前回ログイン日時, ユーザ情報変更,
// ログアウト) and the menu.
import type { Child } from 'hono/jsx';
import { needsRefundAccount } from '../../domain/refund-account';
import type { MemberAuth } from '../../server/deps';
import { formatDateTime } from '../components/date-time';
import { MenuBar, type MenuBarEntry } from '../components/menu-bar';
import { Layout } from '../layout';

export interface MemberLayoutProps {
  title: string;
  auth: MemberAuth;
  children: Child;
  /** Hidden while a password change is pending: nothing but パスワード変更 and ログアウト works. */
  showMenu?: boolean;
  /** The menu entry (its href) this page belongs to, marked as current in the menu bar. */
  area?: string;
}

export interface MenuItem extends MenuBarEntry {
  /** What the function does, as the メニュー page says it. */
  description: string;
  administratorOnly?: boolean;
  /** Shown only to the members it concerns (容量市場口座情報等). */
  shownTo?: (auth: MemberAuth) => boolean;
}

const MENU: MenuItem[] = [
  { label: '会員情報確認', href: '/member/info', description: '登録されている会社情報と管理者情報を確認します。' },
  { label: '会員情報変更', href: '/member/changes', administratorOnly: true, description: '会員情報の変更、他の事業者への承継、会員からの脱退を申請し、申請の状況を確認します。' },
  {
    label: '容量市場口座情報等',
    href: '/member/refund-account',
    shownTo: (auth) => needsRefundAccount(auth.member.company),
    description: '容量市場で還元額が発生した場合に返還する銀行口座を登録します。',
  },
  { label: 'ユーザ管理(管理者機能)', href: '/member/users', administratorOnly: true, description: '本システムを利用するユーザの追加／変更／削除及びパスワードの初期化を行います。' },
];

/** The functions this user may use, in the menu's order. */
export function menuItemsFor(auth: MemberAuth): MenuItem[] {
  return MENU.filter((item) => (!item.administratorOnly || auth.user.role === 'administrator') && (item.shownTo?.(auth) ?? true));
}

function MemberHeader({ auth }: { auth: MemberAuth }) {
  const { user, member } = auth;
  return (
    <div class="member-header">
      <dl class="member-identity">
        <div><dt>会社名：</dt><dd>{member.companyName}</dd></div>
        <div><dt>氏名：</dt><dd>{`${user.lastName} ${user.firstName}`}</dd></div>
        <div><dt>前回ログイン日時：</dt><dd>{user.previousLoginAt ? formatDateTime(user.previousLoginAt) : '（初回ログイン）'}</dd></div>
      </dl>
      <div class="member-actions">
        <a class="button secondary" href="/member/profile">ユーザ情報変更</a>
        <form hx-boost="true" method="post" action="/member/logout">
          <button type="submit">ログアウト</button>
        </form>
      </div>
    </div>
  );
}

export function MemberLayout({ title, auth, children, showMenu = true, area }: MemberLayoutProps) {
  return (
    <Layout title={title} header={<MemberHeader auth={auth} />}>
      {showMenu ? <MenuBar label="メニュー" entries={[{ href: '/member', label: 'メニュー' }, ...menuItemsFor(auth)]} area={area} /> : null}
      {children}
    </Layout>
  );
}

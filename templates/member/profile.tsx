// ユーザ情報変更 from the header: the logged-in user's own registration and パスワード変更.
// Changes to the registration go through the 管理者 (担当者) or 会員情報変更 (管理者), as the manual
// routes them; the password is the user's own.
import type { MemberAuth } from '../../server/deps';
import { UserSummaryRows } from '../components/user-summary-rows';
import { MemberLayout } from './member-layout';

export function ProfilePage({ auth }: { auth: MemberAuth }) {
  const { user, member } = auth;
  const administrator = user.role === 'administrator';
  return (
    <MemberLayout title="ユーザ情報変更" auth={auth}>
      <h1>ユーザ情報変更</h1>
      <h2>●ユーザ情報</h2>
      <dl class="summary">
        <dt>事業者コード</dt><dd>{member.businessCode}</dd>
        <dt>ユーザID</dt><dd>{user.userId}</dd>
        <dt>区分</dt><dd>{administrator ? `管理者${user.adminSlot === 2 ? '②' : '①'}` : '担当者'}</dd>
        <UserSummaryRows user={user} />
      </dl>
      <p>
        {administrator
          ? '管理者の登録内容の変更は「会員情報変更」から申請してください。'
          : '登録内容の変更は、貴社の管理者に「ユーザ管理(管理者機能)」での変更をご依頼ください。'}
      </p>
      <div class="actions">
        <a class="button secondary" href="/member">戻る</a>
        <a class="button" href="/member/password">パスワード変更</a>
      </div>
    </MemberLayout>
  );
}

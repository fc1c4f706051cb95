// メニュー: the member portal's home after ログイン.
import type { MemberAuth } from '../../server/deps';
import { MemberLayout } from './member-layout';

export function MenuPage({ auth }: { auth: MemberAuth }) {
  return (
    <MemberLayout title="メニュー" auth={auth}>
      <h1>メニュー</h1>
      <p>{`${auth.member.companyName} ${auth.user.lastName} ${auth.user.firstName} 様、ようこそ会員情報管理システムへ。`}</p>
      <p>ご利用になる機能をメニューから選択してください。</p>
      {auth.user.role === 'administrator' ? (
        <section class="panel">
          <h2>ユーザ管理(管理者機能)</h2>
          <p>本システムを利用するユーザの追加／変更／削除及びパスワードの初期化を行います。</p>
          <p><a class="button" href="/member/users">ユーザ管理(管理者機能)</a></p>
        </section>
      ) : null}
    </MemberLayout>
  );
}

// メニュー: the member portal's home after ログイン, one panel per function this user may use.
import type { MemberAuth } from '../../server/deps';
import { Done } from '../components/notice';
import { MemberLayout, menuItemsFor } from './member-layout';

/** `done`: what the step that led here did (a パスワード変更 asked for at login). */
export function MenuPage({ auth, done }: { auth: MemberAuth; done?: string | undefined }) {
  return (
    <MemberLayout title="メニュー" auth={auth} area="/member">
      <h1>メニュー</h1>
      <Done message={done} />
      <p>{`${auth.member.companyName} ${auth.user.lastName} ${auth.user.firstName} 様、ようこそ会員情報管理システムへ。`}</p>
      <p>ご利用になる機能をメニューから選択してください。</p>
      {menuItemsFor(auth).map((item) => (
        <section class="panel">
          <h2>{item.label}</h2>
          <p>{item.description}</p>
          <p><a class="button" href={item.href}>{item.label}</a></p>
        </section>
      ))}
    </MemberLayout>
  );
}

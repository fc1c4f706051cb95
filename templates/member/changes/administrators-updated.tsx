// After 変更 that made its sender a 担当者 (another user took their place as 管理者): 会員情報変更 is
// for 管理者 only, so the outcome is told here, on a page every user of the member may open.
import type { MemberAuth } from '../../../server/deps';
import { Done } from '../../components/notice';
import { MemberLayout } from '../member-layout';

export function AdministratorsUpdatedPage({ auth, submitted }: { auth: MemberAuth; submitted: boolean }) {
  return (
    <MemberLayout title="管理者情報の更新" auth={auth}>
      <h1>管理者情報の更新</h1>
      <Done message="管理者情報を更新しました。新しく登録された管理者には、パスワードを記載したメールをお送りします。" />
      {submitted ? <p>会社情報の変更は申請を受け付けました。本機関にて内容を確認し、結果は管理者にメールでお知らせします。</p> : null}
      <p>{`${auth.user.lastName} ${auth.user.firstName} 様は管理者ではなくなり、担当者として登録されています。会員情報変更・ユーザ管理(管理者機能)は、管理者のみが使用できます。`}</p>
      <div class="actions">
        <a class="button secondary" href="/member/info">会員情報確認</a>
        <a class="button" href="/member">メニュー</a>
      </div>
    </MemberLayout>
  );
}

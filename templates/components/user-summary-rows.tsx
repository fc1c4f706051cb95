// The read-only rows of a user's registration (担当業務 … その他), as the manual lists them.
import type { User } from '../../db/models/user';

export function UserSummaryRows({ user }: { user: User }) {
  return (
    <>
      <dt>担当業務</dt><dd>{user.duties.join('、')}</dd>
      <dt>所属・役職</dt><dd>{user.department}</dd>
      <dt>氏名</dt><dd>{`${user.lastName} ${user.firstName}`}</dd>
      <dt>氏名カナ</dt><dd>{`${user.lastNameKana} ${user.firstNameKana}`}</dd>
      <dt>メールアドレス</dt><dd>{user.email}</dd>
      <dt>電話番号</dt><dd>{user.phone}</dd>
      <dt>その他</dt><dd>{user.note}</dd>
    </>
  );
}

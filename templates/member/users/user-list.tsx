// ユーザ情報一覧 (第3章): search by ユーザID, 氏名, 担当業務; 新規登録; each user opens its
// ユーザ情報詳細.
import type { User } from '../../../db/models/user';
import { DUTIES } from '../../../domain/duties';
import { MAX_ADMINISTRATORS, MAX_PERSONS_IN_CHARGE } from '../../../domain/user-limits';
import type { MemberAuth } from '../../../server/deps';
import { LiveSearchForm, LiveSearchResults } from '../../components/live-search';
import { Done } from '../../components/notice';
import { MemberLayout } from '../member-layout';

export interface UserSearch {
  userId: string;
  name: string;
  duty: string;
}

export interface UserListPageProps {
  auth: MemberAuth;
  users: User[];
  search: UserSearch;
  personsInCharge: number;
  done?: string;
}

function roleLabel(user: User): string {
  return user.role === 'administrator' ? `管理者${user.adminSlot === 2 ? '②' : '①'}` : '担当者';
}

export function UserListPage({ auth, users, search, personsInCharge, done }: UserListPageProps) {
  const full = personsInCharge >= MAX_PERSONS_IN_CHARGE;
  return (
    <MemberLayout title="ユーザ情報一覧" auth={auth} area="/member/users">
      <h1>ユーザ情報一覧</h1>
      <Done message={done} />
      <p>ユーザは管理者{MAX_ADMINISTRATORS}名まで、その他の担当者は{MAX_PERSONS_IN_CHARGE}名まで登録できます（現在の担当者：{personsInCharge}名）。</p>
      <p>当画面からは管理者の追加はできません。管理者の追加・変更は「会員情報変更」から申請してください。</p>
      <LiveSearchForm action="/member/users" resultsId="user-results" class="search">
        <div class="field">
          <div class="label-cell"><label for="search-userId">ユーザID</label></div>
          <div class="control"><input id="search-userId" name="userId" type="text" value={search.userId} maxlength={6} /></div>
        </div>
        <div class="field">
          <div class="label-cell"><label for="search-name">氏名</label></div>
          <div class="control"><input id="search-name" name="name" type="text" value={search.name} maxlength={50} /></div>
        </div>
        <div class="field">
          <div class="label-cell"><label for="search-duty">担当業務</label></div>
          <div class="control">
            <select id="search-duty" name="duty">
              <option value="">（すべて）</option>
              {DUTIES.map((duty) => <option value={duty} selected={search.duty === duty}>{duty}</option>)}
            </select>
          </div>
        </div>
        <div class="actions">
          <button type="submit">検索</button>
        </div>
      </LiveSearchForm>
      <div class="actions">
        {full ? <p class="hint">担当者は{MAX_PERSONS_IN_CHARGE}名まで登録できます。これ以上登録するには、既存の担当者を削除してください。</p> : <a class="button" href="/member/users/new">新規登録</a>}
      </div>
      <LiveSearchResults id="user-results">
        <table class="list">
          <caption>{`検索結果：${users.length}件`}</caption>
          <thead>
            <tr><th scope="col">ユーザID</th><th scope="col">区分</th><th scope="col">氏名</th><th scope="col">所属・役職</th><th scope="col">担当業務</th></tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr>
                <td><a href={`/member/users/${user.userId}`}>{user.userId}</a></td>
                <td>{roleLabel(user)}</td>
                <td>{`${user.lastName} ${user.firstName}`}</td>
                <td>{user.department}</td>
                <td>{user.duties.join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {users.length === 0 ? <p>条件に一致するユーザはいません。</p> : null}
      </LiveSearchResults>
    </MemberLayout>
  );
}

// 会員情報確認 (第4章): ● 会社情報 and ● 管理者情報 ([管理者1], [管理者2]) as the manual shows them.
import type { User } from '../../db/models/user';
import type { MemberAuth } from '../../server/deps';
import { AdministratorInformation, CompanyInformation } from '../components/member-information';
import { MemberLayout } from './member-layout';

export function MemberInfoPage({ auth, administrators }: { auth: MemberAuth; administrators: [User | null, User | null] }) {
  return (
    <MemberLayout title="会員情報確認" auth={auth} area="/member/info">
      <h1>会員情報確認</h1>
      <CompanyInformation businessCode={auth.member.businessCode} company={auth.member.company} />
      <AdministratorInformation administrators={administrators} />
    </MemberLayout>
  );
}

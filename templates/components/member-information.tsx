// ● 会社情報 and ● 管理者情報 ([管理者1], [管理者2]) as the manual's 会員情報確認 shows them: read by the
// member there and by staff beside the member's history.
import type { User } from '../../db/models/user';
import type { CompanyInfo } from '../../domain/company';
import { businessTypesText } from '../../domain/member-diff';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
}

function AdministratorTable({ heading, user }: { heading: string; user: User | null }) {
  return (
    <section class="form-section">
      <h3>{heading}</h3>
      {user ? (
        <table class="info">
          <tbody>
            <Row label="ユーザID" value={user.userId} />
            <Row label="所属・役職" value={user.department} />
            <Row label="氏名" value={`${user.lastName} ${user.firstName}`} />
            <Row label="氏名カナ" value={`${user.lastNameKana} ${user.firstNameKana}`} />
            <Row label="メールアドレス" value={user.email} />
            <Row label="電話番号" value={user.phone} />
            <Row label="その他" value={user.note} />
          </tbody>
        </table>
      ) : (
        <p>登録されていません。</p>
      )}
    </section>
  );
}

export function CompanyInformation({ businessCode, company: c }: { businessCode: string; company: CompanyInfo }) {
  return (
    <section class="form-section">
      <h2>● 会社情報</h2>
      <table class="info">
        <tbody>
          <Row label="事業者コード" value={businessCode} />
          <Row label="法人番号" value={c.corporateNumber} />
          <Row label="事業形態別" value={businessTypesText(c.businessTypes)} />
          <Row label="会社名" value={c.companyName} />
          <Row label="会社名カナ" value={c.companyNameKana} />
          <Row label="代表電話番号" value={c.phone} />
          <Row label="代表者名" value={`${c.representativeLastName} ${c.representativeFirstName}`} />
          <Row label="代表者名カナ" value={`${c.representativeLastNameKana} ${c.representativeFirstNameKana}`} />
          <Row label="代表者肩書" value={c.representativeTitle} />
          <Row label="本社郵便番号" value={c.postalCode} />
          <Row label="本社所在地1" value={c.address1} />
          <Row label="本社所在地2" value={c.address2} />
          <Row label="本社所在地1カナ" value={c.address1Kana} />
          <Row label="本社所在地2カナ" value={c.address2Kana} />
          <Row label="資本関係" value={c.capitalRelationship} />
        </tbody>
      </table>
    </section>
  );
}

export function AdministratorInformation({ administrators }: { administrators: [User | null, User | null] }) {
  return (
    <section class="form-section">
      <h2>● 管理者情報</h2>
      <AdministratorTable heading="[管理者1]" user={administrators[0]} />
      <AdministratorTable heading="[管理者2]" user={administrators[1]} />
    </section>
  );
}

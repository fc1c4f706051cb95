// Everything an applicant submitted, for the staff to review.
import type { AdministratorInfo, ApplicationData } from '../../../domain/application-data';

function Administrator({ heading, administrator }: { heading: string; administrator: AdministratorInfo }) {
  return (
    <section>
      <h3>{heading}</h3>
      <dl class="summary">
        <dt>ユーザID</dt><dd>{administrator.userId}</dd>
        <dt>担当業務</dt><dd>{administrator.duties.join('、')}</dd>
        <dt>所属・役職</dt><dd>{administrator.department}</dd>
        <dt>氏名</dt><dd>{administrator.lastName} {administrator.firstName}</dd>
        <dt>氏名カナ</dt><dd>{administrator.lastNameKana} {administrator.firstNameKana}</dd>
        <dt>メールアドレス</dt><dd>{administrator.email}</dd>
        <dt>電話番号</dt><dd>{administrator.phone}</dd>
        <dt>その他</dt><dd>{administrator.note}</dd>
      </dl>
    </section>
  );
}

export function ApplicationSummary({ data }: { data: ApplicationData }) {
  const c = data.company;
  return (
    <>
      <section>
        <h3>会社情報</h3>
        <dl class="summary">
          <dt>法人番号</dt><dd>{c.corporateNumber}</dd>
          <dt>事業者種別</dt><dd>{c.businessTypes.join('、')}</dd>
          <dt>会社名</dt><dd>{c.companyName}</dd>
          <dt>会社名カナ</dt><dd>{c.companyNameKana}</dd>
          <dt>代表電話番号</dt><dd>{c.phone}</dd>
          <dt>代表者名</dt><dd>{c.representativeLastName} {c.representativeFirstName}</dd>
          <dt>代表者名カナ</dt><dd>{c.representativeLastNameKana} {c.representativeFirstNameKana}</dd>
          <dt>代表者肩書</dt><dd>{c.representativeTitle}</dd>
          <dt>本社郵便番号</dt><dd>{c.postalCode}</dd>
          <dt>本社所在地1</dt><dd>{c.address1}</dd>
          <dt>本社所在地2</dt><dd>{c.address2}</dd>
          <dt>本社所在地1カナ</dt><dd>{c.address1Kana}</dd>
          <dt>本社所在地2カナ</dt><dd>{c.address2Kana}</dd>
          <dt>資本関係</dt><dd>{c.capitalRelationship}</dd>
        </dl>
      </section>
      <Administrator heading="管理者①" administrator={data.administrator1} />
      {data.administrator2 ? <Administrator heading="管理者②" administrator={data.administrator2} /> : null}
    </>
  );
}

// The company and 管理者 fields of 加入(仮)申請 and 加入(本)申請, with the manual's labels.
import { BUSINESS_TYPE_GROUPS } from '../../domain/company';
import type { FormErrors, FormValues } from '../../domain/forms/application';
import { DUTIES } from '../../domain/duties';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { NamePair } from '../components/name-pair';

export interface ApplicationFieldsProps {
  values: FormValues;
  errors: FormErrors;
}

function text(values: FormValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function list(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function ApplicationFields({ values, errors }: ApplicationFieldsProps) {
  const field = (name: string) => ({ name, value: text(values, name), error: errors[name] });
  return (
    <>
      <section class="form-section">
        <h2>◆ 会社情報</h2>
        <Field {...field('corporateNumber')} label="法人番号" required width="半角" hint="※13桁の数字" maxlength={17} />
        <ChoiceGroup
          name="businessTypes"
          legend="事業者種別"
          required
          groups={Object.entries(BUSINESS_TYPE_GROUPS).map(([caption, options]) => ({ caption, options }))}
          checked={list(values, 'businessTypes')}
          error={errors.businessTypes}
        />
        <Field {...field('companyName')} label="会社名" required width="全角" hint="※正式名称" autocomplete="organization" />
        <Field {...field('companyNameKana')} label="会社名カナ" required width="半角" />
        <Field {...field('phone')} label="代表電話番号" type="tel" required width="半角" hint='※"-"(ハイフン)区切り' />
        <NamePair legend="代表者名" required width="全角" parts={[{ ...field('representativeLastName'), label: '姓' }, { ...field('representativeFirstName'), label: '名' }]} />
        <NamePair legend="代表者名カナ" required width="半角" parts={[{ ...field('representativeLastNameKana'), label: 'セイ' }, { ...field('representativeFirstNameKana'), label: 'メイ' }]} />
        <Field {...field('representativeTitle')} label="代表者肩書" required width="全角" />
        <Field {...field('postalCode')} label="本社郵便番号" required width="半角" hint="※7桁の数字" maxlength={10} />
        <Field {...field('address1')} label="本社所在地1" required width="全角" />
        <Field {...field('address2')} label="本社所在地2" width="全角" />
        <Field {...field('address1Kana')} label="本社所在地1カナ" required width="半角" hint={'※半角の"(ダブルクォーテーション)は使用しないでください'} />
        <Field {...field('address2Kana')} label="本社所在地2カナ" width="半角" hint={'※半角の"(ダブルクォーテーション)は使用しないでください'} />
        <Field {...field('capitalRelationship')} label="資本関係" width="全角" hint="※親会社がある場合は、親会社名と親会社の持ち株比率" />
      </section>
      <AdministratorFields slot="admin1" heading="◆ 管理者①" required values={values} errors={errors} />
      <AdministratorFields slot="admin2" heading="◆ 管理者②（任意）" required={false} values={values} errors={errors} />
    </>
  );
}

function AdministratorFields(props: { slot: 'admin1' | 'admin2'; heading: string; required: boolean } & ApplicationFieldsProps) {
  const { slot, values, errors, required } = props;
  const field = (name: string) => ({ name: `${slot}.${name}`, value: text(values, `${slot}.${name}`), error: errors[`${slot}.${name}`], required });
  return (
    <section class="form-section">
      <h2>{props.heading}</h2>
      {required ? null : <p class="hint">管理者を2名登録する場合に入力してください。入力する場合は、「その他」以外の項目がすべて必須です。</p>}
      <Field {...field('userId')} label="ユーザID" width="半角" hint="※6桁の英数字" maxlength={6} />
      <ChoiceGroup name={`${slot}.duties`} legend="担当業務" required={required} groups={[{ options: DUTIES }]} checked={list(values, `${slot}.duties`)} error={errors[`${slot}.duties`]} />
      <Field {...field('department')} label="所属・役職" width="全角" />
      <NamePair legend="氏名" required={required} width="全角" parts={[{ ...field('lastName'), label: '姓' }, { ...field('firstName'), label: '名' }]} />
      <NamePair legend="氏名カナ" required={required} width="半角" parts={[{ ...field('lastNameKana'), label: 'セイ' }, { ...field('firstNameKana'), label: 'メイ' }]} />
      <Field {...field('email')} label="メールアドレス" type="email" width="半角" hint="※有効なメールアドレスを入力してください" />
      <Field {...field('emailConfirmation')} label="メールアドレス (確認用)" type="email" width="半角" hint="※上記と同じメールアドレスを入力してください" />
      <Field {...field('phone')} label="電話番号" type="tel" width="半角" hint='※"-"(ハイフン)区切り' />
      <Field {...field('note')} label="その他" width="全角" required={false} />
    </section>
  );
}

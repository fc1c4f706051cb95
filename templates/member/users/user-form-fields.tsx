// The fields of ユーザ情報登録 and ユーザ情報詳細 in the manual's order, with its marks and hints.
import { DUTIES } from '../../../domain/duties';
import type { FieldErrors } from '../../../domain/forms/parse-form';
import type { UserField } from '../../../domain/forms/user';
import { ChoiceGroup } from '../../components/choice-group';
import { Field } from '../../components/field';
import { NamePair, type NamePart } from '../../components/name-pair';

export type UserFormValues = Partial<Record<UserField, string>>;

function namePart(name: UserField, label: string, values: UserFormValues, errors: FieldErrors<UserField>): NamePart {
  return { name, label, value: values[name], error: errors[name] };
}

export interface UserFormFieldsProps {
  businessCode: string;
  values: UserFormValues;
  errors: FieldErrors<UserField>;
  /** On ユーザ情報詳細 the ユーザID is shown, not entered. */
  fixedUserId?: string;
}

export function UserFormFields({ businessCode, values, errors, fixedUserId }: UserFormFieldsProps) {
  return (
    <>
      <div class="field">
        <div class="label-cell"><span class="label">事業者コード</span></div>
        <div class="control">{businessCode}</div>
      </div>
      {fixedUserId ? (
        <div class="field">
          <div class="label-cell"><span class="label">ユーザID</span></div>
          <div class="control">{fixedUserId}</div>
        </div>
      ) : (
        <Field name="userId" label="ユーザID" required width="半角" value={values.userId} error={errors.userId} hint="※6桁の英数字" maxlength={6} />
      )}
      <ChoiceGroup name="duties" legend="担当業務" required groups={[{ options: DUTIES }]} checked={(values.duties ?? '').split(',')} error={errors.duties} />
      <Field name="department" label="所属・役職" required width="全角" value={values.department} error={errors.department} maxlength={100} />
      <NamePair legend="氏名" width="全角" required maxlength={50} parts={[namePart('lastName', '姓', values, errors), namePart('firstName', '名', values, errors)]} />
      <NamePair legend="氏名カナ" width="半角" required maxlength={50} parts={[namePart('lastNameKana', 'セイ', values, errors), namePart('firstNameKana', 'メイ', values, errors)]} />
      <Field name="email" label="メールアドレス" type="email" required width="半角" value={values.email} error={errors.email} hint="※有効なメールアドレスを入力してください" autocomplete="off" />
      <Field name="emailConfirmation" label="メールアドレス (確認用)" type="email" required width="半角" value={values.emailConfirmation} error={errors.emailConfirmation} hint="※上記と同じメールアドレスを入力してください" autocomplete="off" />
      <Field name="phone" label="電話番号" type="tel" required width="半角" value={values.phone} error={errors.phone} hint='※"-"(ハイフン)区切り' />
      <Field name="note" label="その他" width="全角" value={values.note} error={errors.note} maxlength={500} />
    </>
  );
}

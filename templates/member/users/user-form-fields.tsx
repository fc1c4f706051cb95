// The fields of ユーザ情報登録 and ユーザ情報詳細 in the manual's order, with its marks and hints.
import { DUTIES } from '../../../db/models/user';
import type { FieldErrors } from '../../../domain/forms/parse-form';
import type { UserField } from '../../../domain/forms/user';
import { Field } from '../../components/field';

export type UserFormValues = Partial<Record<UserField, string>>;

interface PairProps {
  legend: string;
  width: '半角' | '全角';
  names: [UserField, UserField];
  labels: [string, string];
  values: UserFormValues;
  errors: FieldErrors<UserField>;
}

// 氏名 姓/名 and 氏名カナ セイ/メイ: one group, each input with its own label.
function Pair({ legend, width, names, labels, values, errors }: PairProps) {
  const messages = names.map((name) => errors[name]).filter(Boolean);
  return (
    <fieldset class={messages.length ? 'field pair has-error' : 'field pair'}>
      <legend class="label-cell">
        {legend}<span class="mark required">必須</span><span class="mark">{width}</span>
      </legend>
      <div class="control">
        {names.map((name, i) => (
          <span class="pair-item">
            <label for={`field-${name}`}>{labels[i]}</label>
            <input id={`field-${name}`} name={name} type="text" value={values[name] ?? ''} required aria-invalid={errors[name] ? 'true' : undefined} maxlength={50} />
          </span>
        ))}
        {messages.map((message) => <p class="error" role="alert">{message}</p>)}
      </div>
    </fieldset>
  );
}

function Duties({ values, errors }: { values: UserFormValues; errors: FieldErrors<UserField> }) {
  const ticked = (values.duties ?? '').split(',');
  return (
    <fieldset class={errors.duties ? 'field has-error' : 'field'}>
      <legend class="label-cell">担当業務<span class="mark required">必須</span></legend>
      <div class="control checkboxes">
        {DUTIES.map((duty) => (
          <label>
            <input type="checkbox" name="duties" value={duty} checked={ticked.includes(duty)} /> {duty}
          </label>
        ))}
        {errors.duties ? <p class="error" role="alert">{errors.duties}</p> : null}
      </div>
    </fieldset>
  );
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
      <Duties values={values} errors={errors} />
      <Field name="department" label="所属・役職" required width="全角" value={values.department} error={errors.department} maxlength={100} />
      <Pair legend="氏名" width="全角" names={['lastName', 'firstName']} labels={['姓', '名']} values={values} errors={errors} />
      <Pair legend="氏名カナ" width="半角" names={['lastNameKana', 'firstNameKana']} labels={['セイ', 'メイ']} values={values} errors={errors} />
      <Field name="email" label="メールアドレス" type="email" required width="半角" value={values.email} error={errors.email} hint="※有効なメールアドレスを入力してください" autocomplete="off" />
      <Field name="emailConfirmation" label="メールアドレス（確認用）" type="email" required width="半角" value={values.emailConfirmation} error={errors.emailConfirmation} hint="※上記と同じメールアドレスを入力してください" autocomplete="off" />
      <Field name="phone" label="電話番号" type="tel" required width="半角" value={values.phone} error={errors.phone} hint="※-（ハイフン）区切り" />
      <Field name="note" label="その他" width="全角" value={values.note} error={errors.note} maxlength={500} />
    </>
  );
}

// 容量市場口座情報等: the account capacity-market refunds (還元額) are paid back to, its form and the
// history of registrations (latest first).
import type { RefundAccount } from '../../db/models/refund-account';
import { ACCOUNT_TYPES, type RefundAccountField } from '../../domain/forms/refund-account';
import type { MemberAuth } from '../../server/deps';
import { formatDateTime } from '../components/date-time';
import { Field } from '../components/field';
import { Done } from '../components/notice';
import { actorLabel } from './changes/change-list';
import { MemberLayout } from './member-layout';
import { ErrorSummary } from '../components/error-summary';

export interface RefundAccountPageProps {
  auth: MemberAuth;
  history: RefundAccount[];
  /** 管理者 and users in charge of 容量市場 may register; others read. */
  canEdit: boolean;
  values: Partial<Record<RefundAccountField, string>>;
  errors: Partial<Record<RefundAccountField, string>>;
  done?: string | undefined;
}

export function RefundAccountPage({ auth, history, canEdit, values, errors, done }: RefundAccountPageProps) {
  const current = history[0];
  const field = (name: RefundAccountField) => ({ name, value: values[name], error: errors[name] });
  return (
    <MemberLayout title="容量市場口座情報等" auth={auth} area="/member/refund-account">
      <h1>容量市場口座情報等</h1>
      <Done message={done} />
      <p>◆ 小売電気事業者と登録特定送配電事業者の方は、還元額が発生した場合に返還する銀行口座を登録して下さい。</p>
      <section class="form-section">
        <h2>● 現在の口座情報</h2>
        {current ? (
          <table class="info">
            <tbody>
              <tr><th scope="row">金融機関</th><td>{`${current.bankName}（${current.bankCode}）`}</td></tr>
              <tr><th scope="row">支店</th><td>{`${current.branchName}（${current.branchCode}）`}</td></tr>
              <tr><th scope="row">預金種別</th><td>{current.accountType}</td></tr>
              <tr><th scope="row">口座番号</th><td>{current.accountNumber}</td></tr>
              <tr><th scope="row">口座名義カナ</th><td>{current.holderKana}</td></tr>
            </tbody>
          </table>
        ) : (
          <p>口座情報はまだ登録されていません。</p>
        )}
      </section>
      {canEdit ? (
        <form hx-boost="true" method="post" action="/member/refund-account" novalidate class="form-section">
          <h2>{current ? '● 口座情報の変更' : '● 口座情報の登録'}</h2>
          <ErrorSummary errors={errors} />
          <Field {...field('bankName')} label="金融機関名" required width="全角" />
          <Field {...field('bankCode')} label="金融機関コード" required width="半角" hint="※4桁の数字" maxlength={4} />
          <Field {...field('branchName')} label="支店名" required width="全角" />
          <Field {...field('branchCode')} label="支店コード" required width="半角" hint="※3桁の数字" maxlength={3} />
          <fieldset class={errors.accountType ? 'field has-error' : 'field'} aria-describedby={errors.accountType ? 'field-accountType-error' : undefined}>
            <legend class="label-cell">預金種別<span class="mark required">必須</span></legend>
            <div class="control">
              <div class="choice-row">
                {ACCOUNT_TYPES.map((type) => (
                  <label class="choice">
                    <input type="radio" name="accountType" value={type} checked={values.accountType === type} />
                    {type}
                  </label>
                ))}
              </div>
              {errors.accountType ? <p class="error" id="field-accountType-error" role="alert">{errors.accountType}</p> : null}
            </div>
          </fieldset>
          <Field {...field('accountNumber')} label="口座番号" required width="半角" hint="※7桁の数字（7桁未満の場合は先頭に0を付けてください）" maxlength={7} />
          <Field {...field('holderKana')} label="口座名義カナ" required width="半角" hint="※通帳に記載の口座名義を半角カナで入力してください" />
          <div class="actions">
            <a class="button secondary" href="/member">戻る</a>
            <button type="submit">{current ? '変更' : '登録'}</button>
          </div>
        </form>
      ) : (
        <p>口座情報の登録・変更は、管理者または担当業務「容量市場」のユーザが行えます。</p>
      )}
      <section class="form-section">
        <h2>● 変更履歴</h2>
        {history.length === 0 ? (
          <p>履歴はありません。</p>
        ) : (
          <table class="list">
            <thead>
              <tr><th scope="col">登録日時</th><th scope="col">登録者</th><th scope="col">金融機関</th><th scope="col">支店</th><th scope="col">預金種別</th><th scope="col">口座番号</th><th scope="col">口座名義カナ</th></tr>
            </thead>
            <tbody>
              {history.map((a) => (
                <tr>
                  <td>{formatDateTime(a.registeredAt)}</td>
                  <td>{actorLabel(a.registeredBy)}</td>
                  <td>{`${a.bankName}（${a.bankCode}）`}</td>
                  <td>{`${a.branchName}（${a.branchCode}）`}</td>
                  <td>{a.accountType}</td>
                  <td>{a.accountNumber}</td>
                  <td>{a.holderKana}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </MemberLayout>
  );
}

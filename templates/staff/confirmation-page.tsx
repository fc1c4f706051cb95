// A staff step's confirmation (事業者コード発行, 承認 / 保留 / 却下), shown after the form's post: the
// step mails the applicant or member and cannot be undone, as the member's own 削除, 脱退 and
// 取下げ are confirmed first. Its buttons post the same fields again with `confirmed`: 戻る
// returns to the form with what was typed, the step's button takes the step.
import type { StaffAuth } from '../../server/deps';
import { StaffLayout } from './staff-layout';

export interface StaffConfirmationProps {
  auth: StaffAuth;
  /** The page the form is on (加入申請詳細, 会員情報変更申請 審査) and its menu area. */
  title: string;
  area: string;
  action: string;
  /** e.g. 承認の確認 */
  heading: string;
  /** What is about to be done, asked: 「…を承認します。よろしいですか。」 */
  question: string;
  /** What the step brings about. */
  consequence: string;
  /** What was typed, shown back (理由, 事業者コード); empty values are left out. */
  details: readonly (readonly [label: string, value: string])[];
  /** The form's fields, sent again. */
  fields: Readonly<Record<string, string | null>>;
  button: { label: string; class?: string | undefined };
}

export function StaffConfirmationPage({ auth, title, area, action, heading, question, consequence, details, fields, button }: StaffConfirmationProps) {
  const shown = details.filter(([, value]) => value !== '');
  return (
    <StaffLayout title={title} auth={auth} area={area}>
      <h1>{heading}</h1>
      <p role="alert">{question}</p>
      <p>{consequence}</p>
      {shown.length > 0 ? (
        <dl class="summary">
          {shown.map(([label, value]) => (
            <>
              <dt>{label}</dt>
              <dd class="reason">{value}</dd>
            </>
          ))}
        </dl>
      ) : null}
      <form hx-boost="true" method="post" action={action} class="confirmation">
        {Object.entries(fields).map(([name, value]) => (value === null ? null : <input type="hidden" name={name} value={value} />))}
        <div class="actions">
          <button type="submit" name="confirmed" value="back" class="button secondary">戻る</button>
          <button type="submit" name="confirmed" value="yes" class={button.class}>{button.label}</button>
        </div>
      </form>
    </StaffLayout>
  );
}

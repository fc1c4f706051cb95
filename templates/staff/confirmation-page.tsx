// A staff step's confirmation (事業者コード発行, 承認 / 保留 / 却下), shown after the form's post: the
// step mails the applicant or member and cannot be undone, as the member's own 削除, 脱退 and
// 取下げ are confirmed first. Its buttons post the same fields again with `confirmed`: 戻る
// returns to the form with what was typed, the step's button takes the step.
import { DECISIONS, type Decision } from '../../domain/forms/staff-decision';
import type { StaffAuth } from '../../server/deps';
import { DECISION_BUTTON_CLASS } from './decision-form';
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

export interface DecisionConfirmationProps extends Pick<StaffConfirmationProps, 'auth' | 'title' | 'area' | 'action' | 'consequence'> {
  /** What is decided, e.g. 受付番号 J-7K3M-9Q2P（○○電力株式会社）の加入申請 */
  subject: string;
  decision: Decision;
  reason: string;
  formId: string | null;
}

/** 承認 / 保留 / 却下: 「<subject>を承認します。よろしいですか。」, the reason shown back, the decision's button in its colour. */
export function DecisionConfirmationPage({ subject, decision, reason, formId, ...page }: DecisionConfirmationProps) {
  const label = DECISIONS[decision];
  return (
    <StaffConfirmationPage
      {...page}
      heading={`${label}の確認`}
      question={`${subject}を${label}します。よろしいですか。`}
      details={[['理由', reason]]}
      fields={{ decision, reason, formId }}
      button={{ label, class: DECISION_BUTTON_CLASS[decision] }}
    />
  );
}

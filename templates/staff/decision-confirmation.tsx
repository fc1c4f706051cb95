// The confirmation of a staff decision (承認 / 保留 / 却下), shown after the panel's post: a
// decision mails the applicant or member and cannot be undone, as the member's own 削除, 脱退 and
// 取下げ are confirmed first. Its buttons post the same fields again: 戻る returns to the panel
// with the reason kept, the decision's button decides.
import { DECISIONS, type Decision } from '../../domain/forms/staff-decision';
import type { StaffAuth } from '../../server/deps';
import { DECISION_BUTTON_CLASS } from './decision-form';
import { StaffLayout } from './staff-layout';

export interface DecisionConfirmationProps {
  auth: StaffAuth;
  /** The page the panel is on (加入申請詳細, 会員情報変更申請 審査) and its menu area. */
  title: string;
  area: string;
  action: string;
  /** What is decided, e.g. 受付番号 J-7K3M-9Q2P（○○電力株式会社）の加入申請 */
  subject: string;
  decision: Decision;
  reason: string;
  formId: string | null;
  /** What the decision brings about. */
  consequence: string;
}

export function DecisionConfirmationPage({ auth, title, area, action, subject, decision, reason, formId, consequence }: DecisionConfirmationProps) {
  const label = DECISIONS[decision];
  return (
    <StaffLayout title={title} auth={auth} area={area}>
      <h1>{`${label}の確認`}</h1>
      <p role="alert">{`${subject}を${label}します。よろしいですか。`}</p>
      <p>{consequence}</p>
      {reason ? (
        <dl class="summary">
          <dt>理由</dt>
          <dd class="reason">{reason}</dd>
        </dl>
      ) : null}
      <form hx-boost="true" method="post" action={action} class="decision">
        <input type="hidden" name="decision" value={decision} />
        <input type="hidden" name="reason" value={reason} />
        {formId ? <input type="hidden" name="formId" value={formId} /> : null}
        <div class="actions">
          <button type="submit" name="confirmed" value="back" class="button secondary">戻る</button>
          <button type="submit" name="confirmed" value="yes" class={DECISION_BUTTON_CLASS[decision]}>{label}</button>
        </div>
      </form>
    </StaffLayout>
  );
}

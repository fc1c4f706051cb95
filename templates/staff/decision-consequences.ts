// What each staff decision brings about, told on its confirmation page before it is made.
import { ENDING_KINDS, type ChangeRequestKind } from '../../domain/change-request';
import { DECISIONS, type Decision } from '../../domain/forms/staff-decision';

const FINAL = '取り消すことはできません。';

/** 加入申請: a 却下 before the 事業者コード ends the application; after it, the applicant may apply again. */
export function applicationDecisionConsequence(decision: Decision, codeIssued: boolean): string {
  if (decision === 'approve') return `承認すると会員として登録し、管理者へユーザIDと初期パスワードをメールで通知します。${FINAL}`;
  const after = decision === 'reject' && !codeIssued ? '事業者コードの発行前のため、この申請は終了します。' : '申請者は内容を修正して加入(本)申請をやり直せます。';
  return `${DECISIONS[decision]}の理由を申請者へメールで通知します。${after}`;
}

/** 会員情報変更・承継・脱退: 承認 applies the request (an approved 承継 or 脱退 ends the membership). */
export function changeDecisionConsequence(decision: Decision, kind: ChangeRequestKind): string {
  if (decision === 'approve') {
    const effect = (ENDING_KINDS as readonly ChangeRequestKind[]).includes(kind) ? 'この会員の会員資格は終了し' : '申請の内容を会員情報に反映し';
    return `承認すると${effect}、会員の管理者へメールで通知します。${FINAL}`;
  }
  return `${DECISIONS[decision]}の理由を会員の管理者へメールで通知します。会員は内容を修正して再申請できます。`;
}

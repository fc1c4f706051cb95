// What a staff decision's confirmation page says it brings about.
import { describe, expect, it } from 'vitest';
import { applicationDecisionConsequence, changeDecisionConsequence } from '../../templates/staff/decision-consequences';

describe('a 加入申請 decision', () => {
  it('tells 承認 creates the member and mails the initial password, for good', () => {
    expect(applicationDecisionConsequence('approve', true)).toBe('承認すると会員として登録し、管理者へユーザIDと初期パスワードをメールで通知します。取り消すことはできません。');
  });

  it('tells a 却下 before the 事業者コード ends the application, and one after it does not', () => {
    expect(applicationDecisionConsequence('reject', false)).toBe('却下の理由を申請者へメールで通知します。事業者コードの発行前のため、この申請は終了します。');
    expect(applicationDecisionConsequence('reject', true)).toBe('却下の理由を申請者へメールで通知します。申請者は内容を修正して加入(本)申請をやり直せます。');
    expect(applicationDecisionConsequence('hold', true)).toBe('保留の理由を申請者へメールで通知します。申請者は内容を修正して加入(本)申請をやり直せます。');
  });
});

describe('a change request decision', () => {
  it('tells 承認 of a 承継 or 脱退 ends the membership, and of a change applies it', () => {
    for (const kind of ['succession', 'withdrawal'] as const) expect(changeDecisionConsequence('approve', kind)).toContain('この会員の会員資格は終了し');
    expect(changeDecisionConsequence('approve', 'change')).toBe('承認すると申請の内容を会員情報に反映し、会員の管理者へメールで通知します。取り消すことはできません。');
  });

  it('tells 保留 and 却下 are mailed with their reason and may be answered', () => {
    expect(changeDecisionConsequence('hold', 'change')).toBe('保留の理由を会員の管理者へメールで通知します。会員は内容を修正して再申請できます。');
    expect(changeDecisionConsequence('reject', 'withdrawal')).toBe('却下の理由を会員の管理者へメールで通知します。会員は内容を修正して再申請できます。');
  });
});

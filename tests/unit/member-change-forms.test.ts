// The forms of 第5章〜第7章 and 容量市場口座情報等, and the field comparison behind the staff view
// and the audit trail.
import { describe, expect, it } from 'vitest';
import { parseMemberChangeForm } from '../../domain/forms/member-change';
import { refundAccountSchema } from '../../domain/forms/refund-account';
import { successionSchema } from '../../domain/forms/succession';
import { cleanFileName } from '../../domain/attachment-type';
import { changeRequestSearchSchema } from '../../domain/forms/change-request-search';
import { compareCompany, companyChanges } from '../../domain/member-diff';
import { needsRefundAccount } from '../../domain/refund-account';
import { sampleCompany } from '../support/auth';

const requestId = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';

describe('承継', () => {
  it('normalises the 承継事業者コード to upper-case half-width and the name to full-width', () => {
    expect(successionSchema.parse({ requestId, successorCode: 'ａｂ１２', successorName: 'ABC電力' })).toEqual({ requestId, successorCode: 'AB12', successorName: 'ＡＢＣ電力' });
    expect(successionSchema.safeParse({ requestId, successorCode: 'AB1', successorName: '' }).success).toBe(false);
  });
});

describe('an expired form', () => {
  it('asks to press the button of the form that was sent: 承継 on 承継, 変更 on 変更', () => {
    const succession = successionSchema.safeParse({ requestId: 'stale', successorCode: 'AB12', successorName: '広域電力' });
    expect(succession.error?.issues.map((i) => i.message)).toEqual(['画面の有効期限が切れました。お手数ですが、もう一度「承継」ボタンをクリックしてください。']);
    const change = parseMemberChangeForm({ requestId: 'stale' });
    expect(change.ok ? undefined : change.errors.requestId).toBe('画面の有効期限が切れました。お手数ですが、もう一度「変更」ボタンをクリックしてください。');
  });
});

describe('容量市場口座情報等', () => {
  const valid = { bankName: '広域銀行', bankCode: '０００１', branchName: '本店', branchCode: '100', accountType: '当座', accountNumber: '0012345', holderKana: 'こういき　でんりょく' };
  it('accepts full-width digits and kana, turning them half-width', () => {
    expect(refundAccountSchema.parse(valid)).toMatchObject({ bankCode: '0001', accountNumber: '0012345', holderKana: 'ｺｳｲｷ ﾃﾞﾝﾘｮｸ' });
  });
  it('refuses codes and numbers of the wrong length, other account types and non-kana holders', () => {
    for (const bad of [{ bankCode: '001' }, { branchCode: '1000' }, { accountNumber: '123456' }, { accountType: '貯蓄' }, { holderKana: '広域電力' }]) {
      expect(refundAccountSchema.safeParse({ ...valid, ...bad }).success).toBe(false);
    }
  });
  it('concerns 小売電気 and 登録特定送配電 members only', () => {
    expect(needsRefundAccount({ businessTypes: ['発電', '登録特定送配電'] })).toBe(true);
    expect(needsRefundAccount({ businessTypes: ['一般送配電', '発電'] })).toBe(false);
  });
});

describe('comparison', () => {
  it('marks changed fields and ignores full-width/half-width spaces', () => {
    const current = sampleCompany('広域電力株式会社');
    const requested = { ...current, companyName: '新広域電力株式会社', representativeTitle: '代表取締役\u3000社長', businessTypes: ['小売電気' as const, '発電' as const] };
    const withSpace = { ...current, representativeTitle: '代表取締役 社長' };
    const rows = compareCompany(withSpace, requested);
    expect(rows.filter((r) => r.changed).map((r) => r.label)).toEqual(['事業形態別', '会社名']);
    expect(companyChanges(current, requested)).toContainEqual({ label: '事業形態別', before: '小売電気', after: '小売電気・発電' });
  });
  it('ignores malformed search values instead of failing', () => {
    expect(changeRequestSearchSchema.parse({ from: '2026-13-45', kind: 'hack', status: 'approved' })).toEqual({ from: '', to: '', kind: '', status: 'approved' });
    // Days that do not exist, and years the database cannot compare once shifted to Japan's time.
    expect(changeRequestSearchSchema.parse({ from: '2026-02-30', to: '0000-01-01' })).toMatchObject({ from: '', to: '' });
    expect(changeRequestSearchSchema.parse({ from: '0001-01-01', to: '2026-02-28' })).toMatchObject({ from: '', to: '2026-02-28' });
  });
});

describe('関連資料 file names', () => {
  it('are cut at 200 characters without splitting one', () => {
    const name = cleanFileName(`${'a'.repeat(199)}😀😀.pdf`);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('😀')).toBe(true);
    expect(cleanFileName('../../etc/"passwd"\u0000')).toBe('passwd');
  });
});

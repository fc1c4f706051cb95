// The operators' current details as pure text: Japan time, facts without a value left out.
import { describe, expect, it } from 'vitest';
import { applicationDetails, changeRequestDetails, japanTime, memberDetails } from '../../workflows/current-details';

describe('current details', () => {
  it('shows workflow time in Japan time', () => {
    expect(japanTime(Date.UTC(2027, 4, 25, 15, 30))).toBe('2027-05-26 00:30（日本時間）');
  });

  it('lists only the facts an application has so far', () => {
    expect(applicationDetails({ companyName: '広域電力株式会社', status: 'link_sent' })).toBe('**加入申請 広域電力株式会社**\n\n- 状況: リンク送信済み');
    expect(applicationDetails({ companyName: '広域電力株式会社', status: 'approved', receiptNumber: 'J-7K3M-9Q2P', businessCode: 'AB12' })).toBe(
      '**加入申請 広域電力株式会社**\n\n- 状況: 承認\n- 受付番号: J-7K3M-9Q2P\n- 事業者コード: AB12',
    );
  });

  it('names an ended membership and the request that ended it', () => {
    expect(memberDetails({ businessCode: 'AB12', companyName: '広域電力株式会社', status: 'withdrawn', endedBy: 'r-1' })).toBe(
      '**会員 広域電力株式会社**\n\n- 事業者コード: AB12\n- 状態: 脱退済み（会員ではありません）\n- 終了の申請: r-1',
    );
  });

  it('names a change request by its kind and status', () => {
    expect(changeRequestDetails({ kind: 'withdrawal', businessCode: 'AB12', companyName: '広域電力株式会社', status: 'on_hold' })).toBe(
      '**脱退 広域電力株式会社**\n\n- 事業者コード: AB12\n- 状況: 保留',
    );
  });
});

// What the mails say where it was missing or said twice: 関連資料 after 保留/却下, 容量市場口座情報等
// after 承認, that a new user is a 管理者, a 承継/脱退 approval said once, and the buttons of 本申請.
import { describe, expect, it } from 'vitest';
import { approvedMail } from '../../templates/mail/approved';
import { businessCodeMail } from '../../templates/mail/business-code';
import { changeRequestDecisionMail } from '../../templates/mail/change-request-decision';
import { decisionMail } from '../../templates/mail/decision';
import { receiptMail } from '../../templates/mail/receipt';
import { userPasswordMail, type UserPasswordMailInput } from '../../templates/mail/user-password';

const STATUS_URL = 'http://localhost:3000/join/status/J-7K3M-9Q2P?token=t';
const ATTACHMENTS_WAY = '本機関から関連資料の提出をお願いしている場合は、同じ画面の「関連資料の提出」から提出してください。';

describe('保留 / 却下 of a 加入申請', () => {
  const decision = { companyName: '広域電力株式会社', administratorName: '田中 一郎', receiptNumber: 'J-7K3M-9Q2P', reason: '登記事項証明書を提出してください。', statusUrl: STATUS_URL };

  it.each(['on_hold', 'rejected'] as const)('%s says that 関連資料 go through the status page, whose link follows', (kind) => {
    const { text } = decisionMail({ ...decision, kind, finalApplicationUrl: 'http://localhost:3000/join/final' });
    expect(text).toContain(`申請の状況は以下のURLからご確認いただけます。\n${ATTACHMENTS_WAY}\n${STATUS_URL}`);
  });

  it('tells the 加入(本)申請の期限 in Japan time, when there is one', () => {
    const deadline = new Date('2027-02-26T00:00:00Z');
    const { text } = decisionMail({ ...decision, kind: 'on_hold', finalApplicationUrl: 'http://localhost:3000/join/final', finalApplicationDeadline: deadline });
    expect(text).toContain('http://localhost:3000/join/final\n\n加入(本)申請の期限: 2027/02/26 09:00\n期限を過ぎると、この加入申請は期限切れとなり、手続きは終了します。');
    expect(decisionMail({ ...decision, kind: 'on_hold', finalApplicationUrl: 'http://localhost:3000/join/final' }).text).not.toContain('期限');
  });

  it('does not offer 関連資料 once the application has ended (却下 before the 事業者コード)', () => {
    expect(decisionMail({ ...decision, kind: 'rejected' }).text).not.toContain('関連資料');
  });
});

describe('承認 of a 加入申請', () => {
  it('reminds 小売電気 and 登録特定送配電 members of 容量市場口座情報等, in the 本申請 form\'s words', () => {
    const { text } = approvedMail({ companyName: '広域電力株式会社', administratorName: '田中 一郎', receiptNumber: 'J-7K3M-9Q2P', businessCode: 'A1B2', loginUrl: 'http://localhost:3000/login' });
    expect(text).toContain('小売電気事業者と登録特定送配電事業者の方は、還元額が発生した場合に返還する銀行口座を会員情報管理の容量市場口座情報等画面から登録して下さい。');
  });
});

describe('the password mail of a new user', () => {
  const input: UserPasswordMailInput = { companyName: '広域電力株式会社', userName: '田中 一郎', businessCode: 'A1B2', userId: 'abc001', password: 'Secret-12345', loginUrl: 'http://localhost:3000/login', reason: 'created' };

  it('tells a new 管理者 that they are one, and a 担当者 nothing of the kind', () => {
    expect(userPasswordMail({ ...input, role: 'administrator' }).text).toContain('会員情報管理システムの管理者として、ユーザに登録されました。');
    expect(userPasswordMail({ ...input, role: 'person_in_charge' }).text).toContain('\n会員情報管理システムのユーザに登録されました。');
    expect(userPasswordMail({ ...input, role: 'person_in_charge' }).text).not.toContain('管理者');
  });

  it('tells the 管理者 made at 承認 that they are 管理者', () => {
    expect(userPasswordMail({ ...input, reason: 'approved' }).text).toContain('会員情報管理システムの管理者として、ユーザを登録しました。');
  });
});

describe('the way to 本申請', () => {
  const common = { companyName: '広域電力株式会社', administratorName: '田中 一郎', receiptNumber: 'J-7K3M-9Q2P', finalApplicationUrl: 'http://localhost:3000/join/final' };

  it('names the buttons of the 本申請 screen, 「再表示」 then 「本申請」, as the manual does (1.4 ①)', () => {
    const code = businessCodeMail({ ...common, businessCode: 'A1B2' }).text;
    expect(code).toContain('「再表示」ボタンをクリックし、\n内容をご確認のうえ事業者コードを入力して「本申請」ボタンをクリックしてください。');
    const receipt = receiptMail({ ...common, statusUrl: STATUS_URL }).text;
    expect(receipt).toContain('「再表示」ボタンをクリックし、事業者コードを入力して「本申請」ボタンをクリックしてください。');
    for (const text of [code, receipt]) expect(text).not.toContain('「加入(本)申請」を行って');
  });
});

describe('保留 / 却下 of a change request', () => {
  it.each(['on_hold', 'rejected'] as const)('%s says that 関連資料 go through the request, whose link follows', (decision) => {
    const requestUrl = 'http://localhost:3000/member/changes/x';
    const { text } = changeRequestDecisionMail({ decision, kind: 'change', companyName: '広域電力株式会社', businessCode: 'A1B2', recipientName: '田中 一郎', reason: '登記事項証明書を提出してください。', requestUrl });
    expect(text).toContain(`以下のURLから再度申請してください。\n${ATTACHMENTS_WAY}\n${requestUrl}`);
  });
});

describe('承認 of a 承継 / 脱退', () => {
  it.each(['withdrawal', 'succession'] as const)('%s says the approval once, then what it means', (kind) => {
    const { text } = changeRequestDecisionMail({ decision: 'approved', kind, companyName: '広域電力株式会社', businessCode: 'A1B2', recipientName: '田中 一郎', reason: null, requestUrl: 'http://localhost:3000/member/changes/x' });
    expect(text.match(/承認/g)).toHaveLength(1);
    expect(text).toContain('の申請は「承認」となりました。\n\n広域機関会員ではなくなったため、本システムは利用出来なくなります。');
  });
});

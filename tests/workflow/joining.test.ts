// 第1章 at workflow level: 仮申請 → 事業者コード → 本申請 → 保留 / 却下 → resubmission → 承認, every
// refused step, the waits that expire, and the member that 承認 creates. Real dev server, worker,
// PostgreSQL and inbox.
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { normalizeReceiptNumber } from '../../domain/receipt-number';
import { verifyPassword } from '../../domain/password-hash';
import { memberStateQuery, memberWorkflowId } from '../../workflows/member';
import {
  applicationStateQuery,
  approveApplicationUpdate,
  holdApplicationUpdate,
  issueBusinessCodeUpdate,
  REFUSED,
  rejectApplicationUpdate,
  submitFinalApplicationUpdate,
  submitProvisionalApplicationUpdate,
} from '../../workflows/messages';
import { BUSINESS_CODE, RECEIPT_NUMBER, STATUS } from '../../workflows/search-attributes';
import { formatMailDateTime } from '../../templates/mail/mail-date';
import { uniqueBusinessCode } from '../support/business-codes';
import { provisionallyApplied, sampleApplication, startApplication } from '../support/joining';
import { mailsTo, waitForMail } from '../support/mail-inbox';
import { testDatabase, testTemporalClient, uniqueEmail } from '../support/stack';

let client: Client;
let db: Database;
beforeAll(async () => {
  client = await testTemporalClient();
  db = testDatabase();
});
afterAll(async () => {
  await client.connection.close();
  await db.close();
});

/** The Japanese message of a refused update. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect((cause as ApplicationFailure).type).toBe(REFUSED);
  return (cause as ApplicationFailure).message;
}

async function waitForMails(address: string, count: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 200));
  }
}


describe('加入(仮)申請', () => {
  it('assigns a readable 受付番号, stores the data and mails the number with the 本申請 URL to 管理者①', async () => {
    const { handle, applicationId, admin1, receiptNumber } = await provisionallyApplied(client, 'receipt');
    expect(receiptNumber).toMatch(/^J-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normalizeReceiptNumber(receiptNumber)).toBe(receiptNumber);

    const mail = await waitForMail(admin1);
    expect(mail.subject).toContain(receiptNumber);
    expect(mail.text).toContain('/join/final');
    const stored = await db.models.MembershipApplication.findByPk(applicationId);
    expect(stored).toMatchObject({ status: 'provisional_submitted', receiptNumber, adminEmail: admin1, companyName: '広域電力株式会社' });
    expect(stored?.provisionalData?.company.corporateNumber).toBe('7123456789012');
    const state = await handle.query(applicationStateQuery);
    expect(state).toMatchObject({ status: 'provisional_submitted', receiptNumber, events: [{ kind: 'provisional_submitted' }] });
    const description = await handle.describe();
    expect(description.typedSearchAttributes.get(RECEIPT_NUMBER)).toBe(receiptNumber);
    expect(description.typedSearchAttributes.get(STATUS)).toBe('provisional_submitted');
    await handle.terminate('test finished');
  });

  it('takes corrections while the code is awaited, keeping the number and sending no second mail', async () => {
    const { handle, applicationId, admin1, data, receiptNumber } = await provisionallyApplied(client, 'correct');
    const corrected = { ...data, company: { ...data.company, companyName: '広域電力ホールディングス株式会社' } };
    expect(await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [corrected] })).toEqual({ receiptNumber });
    const stored = await db.models.MembershipApplication.findByPk(applicationId);
    expect(stored?.provisionalData?.company.companyName).toBe('広域電力ホールディングス株式会社');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await mailsTo(admin1)).toHaveLength(1);
    await handle.terminate('test finished');
  });

  it('makes one application of a double submission (the same form id)', async () => {
    const contact = uniqueEmail('double-contact');
    const admin1 = uniqueEmail('double-admin1');
    const { handle, applicationId } = await startApplication(client, contact);
    const data = sampleApplication(admin1);
    const submit = () => handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data], updateId: 'provisional-form-1' });
    const [first, second] = await Promise.all([submit(), submit()]);
    expect(second).toEqual(first);
    await waitForMail(admin1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await mailsTo(admin1)).toHaveLength(1);
    expect(await db.models.MembershipApplication.count({ where: { receiptNumber: first.receiptNumber } })).toBe(1);
    expect(await db.models.MembershipApplicationEvent.count({ where: { applicationId } })).toBe(1);
    await handle.terminate('test finished');
  });
});

describe('refused steps', () => {
  it('refuses staff and applicant steps the current state does not allow, in Japanese', async () => {
    const contact = uniqueEmail('refuse-contact');
    const { handle } = await startApplication(client, contact);
    await waitForMail(contact);
    const staff = 'staff01';
    expect(await refusal(handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: 'ZZZ1', staff }] }))).toContain('仮申請済みの申請にのみ');
    expect(await refusal(handle.executeUpdate(approveApplicationUpdate, { args: [{ staff }] }))).toBe('この申請は承認できる状態ではありません。');

    const data = sampleApplication(uniqueEmail('refuse-admin1'));
    await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
    expect(await refusal(handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: 'ZZZ1', data }] }))).toBe('この申請は現在、加入(本)申請を受け付けていません。');
    expect(await refusal(handle.executeUpdate(holdApplicationUpdate, { args: [{ staff, reason: '書類不足' }] }))).toBe('この申請は保留できる状態ではありません。');
    expect(await refusal(handle.executeUpdate(rejectApplicationUpdate, { args: [{ staff, reason: '  ' }] }))).toBe('却下の理由を入力してください。');

    const code = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff }] });
    expect(await refusal(handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: uniqueBusinessCode(), staff }] }))).toContain('事業者コードを発行できる状態ではありません');
    expect(await refusal(handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] }))).toBe('この申請は加入(仮)申請を受け付けられる状態ではありません。');
    expect(await refusal(handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code === 'AAAA' ? 'BBBB' : 'AAAA', data }] }))).toContain('事業者コードが正しくありません');
    expect(await refusal(handle.executeUpdate(approveApplicationUpdate, { args: [{ staff }] }))).toBe('この申請は承認できる状態ではありません。');

    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data }] });
    expect(await refusal(handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data }] }))).toBe('この申請は現在、加入(本)申請を受け付けていません。');
    expect(await refusal(handle.executeUpdate(holdApplicationUpdate, { args: [{ staff }] }))).toBe('保留の理由を入力してください。');
    expect((await handle.query(applicationStateQuery)).status).toBe('under_review');
    await handle.terminate('test finished');
  });

  it('refuses a 事業者コード that another application already has', async () => {
    const first = await provisionallyApplied(client, 'taken-a');
    const second = await provisionallyApplied(client, 'taken-b');
    const code = uniqueBusinessCode();
    await first.handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });
    expect(await refusal(second.handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] }))).toBe(
      `事業者コード「${code}」は既に使用されています。別のコードを入力してください。`,
    );
    expect((await second.handle.query(applicationStateQuery)).status).toBe('provisional_submitted');
    await first.handle.terminate('test finished');
    await second.handle.terminate('test finished');
  });
});

describe('waits that run out', () => {
  it('expires when the 事業者コード does not come in time', async () => {
    const { handle, applicationId } = await provisionallyApplied(client, 'code-wait', { businessCodeWaitMs: 2_000 });
    expect((await handle.result()).status).toBe('expired');
    const expired = await db.models.MembershipApplication.findByPk(applicationId);
    expect([expired?.status, expired?.deadlineAt]).toEqual(['expired', null]);
  });

  it('expires when 本申請 does not come after a 保留', async () => {
    const { handle, data } = await provisionallyApplied(client, 'final-wait', { finalApplicationWaitMs: 2_000 });
    const code = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data }] });
    await handle.executeUpdate(holdApplicationUpdate, { args: [{ staff: 'staff01', reason: '登記事項証明書をご提出ください。' }] });
    const result = await handle.result();
    expect(result.status).toBe('expired');
    expect(result.events.map((e) => e.kind)).toEqual(['provisional_submitted', 'code_issued', 'final_submitted', 'on_hold']);
  });

  it('ends at a 却下 before the code, with the reason mailed', async () => {
    const { handle, admin1 } = await provisionallyApplied(client, 'early-reject');
    await handle.executeUpdate(rejectApplicationUpdate, { args: [{ staff: 'staff01', reason: '事業者認可が得られなかったため' }] });
    const result = await handle.result();
    expect(result.status).toBe('rejected');
    const mails = await waitForMails(admin1, 2);
    const rejection = mails.find((mail) => mail.subject.includes('却下'));
    expect(rejection?.text).toContain('事業者認可が得られなかったため');
    expect(rejection?.text).toContain('手続きは終了しました');
    // Ended: the status page takes no 関連資料, so the mail offers none.
    expect(rejection?.text).not.toContain('関連資料');
  });
});

describe('期限', () => {
  it('records when each wait ends, counted from the step that began it, and none while staff review', async () => {
    const DAY_MS = 86_400_000;
    const { handle, applicationId, data, admin1 } = await provisionallyApplied(client, 'deadline', { businessCodeWaitMs: 50 * DAY_MS, finalApplicationWaitMs: 30 * DAY_MS });
    /** The application's 期限, and the time of its latest step plus `days`. */
    async function deadlineAndExpected(days: number) {
      const application = await db.models.MembershipApplication.findByPk(applicationId, { rejectOnEmpty: true });
      const latest = await db.models.MembershipApplicationEvent.findOne({ where: { applicationId }, order: [['sequence', 'DESC']], rejectOnEmpty: true });
      return [application.deadlineAt?.getTime(), latest.occurredAt.getTime() + days * DAY_MS];
    }
    const [afterProvisional, expectedCodeDeadline] = await deadlineAndExpected(50);
    expect(afterProvisional).toBe(expectedCodeDeadline);

    const code = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });
    const [afterCode, expectedFinalDeadline] = await deadlineAndExpected(30);
    expect(afterCode).toBe(expectedFinalDeadline);
    const codeMail = (await waitForMails(admin1, 2)).find((mail) => mail.subject.includes('事業者コード'));
    expect(codeMail?.text).toContain(`加入(本)申請の期限: ${formatMailDateTime(new Date(expectedFinalDeadline as number))}`);

    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data }] });
    expect((await db.models.MembershipApplication.findByPk(applicationId))?.deadlineAt).toBeNull();

    await handle.executeUpdate(holdApplicationUpdate, { args: [{ staff: 'staff01', reason: '登記事項証明書をご提出ください。' }] });
    const [afterHold, expectedHoldDeadline] = await deadlineAndExpected(30);
    expect(afterHold).toBe(expectedHoldDeadline);
    await handle.terminate('test over');
  });
});

describe('本申請, the review loop and 承認', () => {
  it('goes through 保留 and 却下 with resubmissions to 承認, creating the member, its 管理者 and the member workflow', async () => {
    const contact = uniqueEmail('loop-contact');
    const admin1 = uniqueEmail('loop-admin1');
    const admin2 = uniqueEmail('loop-admin2');
    const { handle, applicationId } = await startApplication(client, contact);
    await waitForMail(contact);
    const data = sampleApplication(admin1, admin2);
    const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });

    const code = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });
    const codeMail = (await waitForMails(admin1, 2)).find((mail) => mail.subject.includes('事業者コード'));
    expect(codeMail?.text).toContain(`事業者コード: ${code}`);
    expect((await handle.describe()).typedSearchAttributes.get(BUSINESS_CODE)).toBe(code);

    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data }] });
    expect((await db.models.MembershipApplication.findByPk(applicationId))?.status).toBe('under_review');
    await handle.executeUpdate(holdApplicationUpdate, { args: [{ staff: 'staff01', reason: '代表者肩書をご確認ください。' }] });
    const holdMail = (await waitForMails(admin1, 3)).find((mail) => mail.subject.includes('保留'));
    expect(holdMail?.text).toContain('代表者肩書をご確認ください。');
    expect(holdMail?.text).toContain('本機関から関連資料の提出をお願いしている場合は、同じ画面の「関連資料の提出」から提出してください。');

    const corrected = { ...data, company: { ...data.company, representativeTitle: '代表取締役社長' } };
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data: corrected }] });
    await handle.executeUpdate(rejectApplicationUpdate, { args: [{ staff: 'staff01', reason: '資本関係の記載が不足しています。' }] });
    expect((await handle.query(applicationStateQuery)).status).toBe('rejected');
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: code, data: corrected }] });
    await handle.executeUpdate(approveApplicationUpdate, { args: [{ staff: 'staff02' }] });

    const result = await handle.result();
    expect(result.status).toBe('approved');
    expect(result.events.map((e) => e.kind)).toEqual(['provisional_submitted', 'code_issued', 'final_submitted', 'on_hold', 'final_submitted', 'rejected', 'final_submitted', 'approved']);
    expect(result.events[3]?.reason).toBe('代表者肩書をご確認ください。');
    const events = await db.models.MembershipApplicationEvent.findAll({ where: { applicationId }, order: [['sequence', 'ASC']] });
    expect(events.map((e) => [e.kind, e.reason])).toEqual(result.events.map((e) => [e.kind, e.reason ?? null]));

    const member = await db.models.Member.findByPk(code);
    expect(member).toMatchObject({ status: 'active', applicationId, companyName: '広域電力株式会社' });
    expect(member?.company.representativeTitle).toBe('代表取締役社長');
    const users = await db.models.User.findAll({ where: { businessCode: code }, order: [['adminSlot', 'ASC']] });
    expect(users.map((u) => [u.userId, u.role, u.adminSlot, u.email, u.mustChangePassword])).toEqual([
      ['abc001', 'administrator', 1, admin1, true],
      ['abc002', 'administrator', 2, admin2, true],
    ]);

    for (const [address, user] of [[admin1, users[0]], [admin2, users[1]]] as const) {
      const passwordMail = (await waitForMails(address, address === admin1 ? 6 : 1)).find((mail) => mail.subject.includes('パスワード'));
      const password = /パスワード: (\S+)/.exec(passwordMail?.text ?? '')?.[1] ?? '';
      expect(await verifyPassword(user?.passwordHash ?? '', password)).toBe(true);
      expect(passwordMail?.text).toContain('会員情報管理システムの管理者として、ユーザを登録しました。');
      const ledger = await db.models.SentMail.findOne({ where: { idempotencyKey: `initial-password:${code}:${user?.adminSlot}` } });
      expect(ledger?.body).not.toContain(password);
    }
    const approvalMail = (await mailsTo(admin1)).find((mail) => mail.subject.includes('承認'));
    expect(approvalMail?.text).toContain('還元額が発生した場合に返還する銀行口座を会員情報管理の容量市場口座情報等画面から登録して下さい。');

    const memberHandle = client.workflow.getHandle(memberWorkflowId(code));
    expect(await memberHandle.query(memberStateQuery)).toMatchObject({ businessCode: code, status: 'active' });
    const memberSearch = (await memberHandle.describe()).typedSearchAttributes;
    expect(memberSearch.get(BUSINESS_CODE)).toBe(code);
    expect(memberSearch.get(STATUS)).toBe('active');
    expect(receiptNumber).toBe(result.receiptNumber);
    await memberHandle.terminate('test finished');
  });
});

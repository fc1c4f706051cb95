// What each joining page offers once the application has moved on: the link of 加入(仮)申請, 再表示
// of 加入(本)申請, the status page and 関連資料 say what is true for the status and lead to the one
// way left (加入(本)申請, ログイン, or 加入申請リンク確認 again); and the status panel shows the
// reason of a 保留 / 却下 beside the status.
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database';
import { statusPath } from '../../domain/status-link-token';
import type { MembershipApplicationInput } from '../../workflows/membership-application';
import {
  approveApplicationUpdate,
  holdApplicationUpdate,
  issueBusinessCodeUpdate,
  rejectApplicationUpdate,
  submitFinalApplicationUpdate,
  submitProvisionalApplicationUpdate,
} from '../../workflows/messages';
import { postForm } from '../support/http';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication, startApplication } from '../support/joining';
import { firstUrl, waitForMail } from '../support/mail-inbox';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

const config = testConfig();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
let db: Database;
let client: Client;
beforeAll(async () => {
  db = testDatabase();
  client = await testTemporalClient();
});
afterAll(async () => {
  await db.close();
  await client.connection.close();
});

/** An application after 仮申請: its link, its 受付番号 and the applicant's pages. */
async function provisional(label: string, waits: Partial<MembershipApplicationInput> = {}) {
  const email = uniqueEmail(label);
  const { handle, applicationId } = await startApplication(client, email, waits);
  const link = firstUrl((await waitForMail(email)).text);
  const data = sampleApplication(email);
  const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
  const status = statusPath(config.appSecret, receiptNumber);
  const [path, query] = status.split('?');
  return {
    handle,
    applicationId,
    link,
    data,
    email,
    receiptNumber,
    statusPage: async () => (await fetch(webUrl(status))).text(),
    attachments: `${path}/attachments?${query}`,
    redisplay: async () => (await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', email]])).text(),
  };
}

function upload(path: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), '登記簿謄本.pdf');
  return fetch(webUrl(path), { method: 'POST', body: form, redirect: 'manual', headers: { origin: new URL(webUrl()).origin } });
}

const ATTACHMENTS_LINK = />関連資料の提出<\/a>/;
const JOIN_LINK_BUTTON = '<a class="button" href="/join/link">加入申請リンク確認</a>';
const LOGIN_BUTTON = '<a class="button" href="/login">ログイン</a>';
const FINAL_BUTTON = '<a class="button" href="/join/final">加入(本)申請</a>';

/** An ended application: its pages say so and lead back to リンク確認, and take no more files. */
async function expectEnded(application: Awaited<ReturnType<typeof provisional>>, why: string) {
  const linked = await fetch(application.link);
  expect(linked.status).toBe(409);
  const closedPage = await linked.text();
  expect(closedPage).toContain(why);
  expect(closedPage).toContain(JOIN_LINK_BUTTON);
  expect(closedPage).not.toContain(FINAL_BUTTON);
  expect(closedPage).not.toContain('「加入(本)申請」から内容を更新してください');

  const status = await application.statusPage();
  expect(status).toContain(why);
  expect(status).toContain(JOIN_LINK_BUTTON);
  expect(status).not.toMatch(ATTACHMENTS_LINK);
  expect(status).not.toContain('hx-trigger');

  const redisplayed = await application.redisplay();
  expect(redisplayed).toContain(why);
  expect(redisplayed).toContain(JOIN_LINK_BUTTON);
  // The one way on, without the lookup form it came from.
  expect(redisplayed).not.toContain('<button type="submit">再表示</button>');

  const form = await (await fetch(webUrl(application.attachments))).text();
  expect(form).toContain('この申請の手続きは終了しているため、関連資料の提出は受け付けていません。');
  expect(form).not.toContain('type="file"');
  const refused = await upload(application.attachments);
  expect(refused.status).toBe(409);
  expect(await db.models.Attachment.count({ where: { ownerId: application.applicationId } })).toBe(0);
}

describe('an application that has ended', () => {
  it('after 却下 before the 事業者コード: starts again at 加入申請リンク確認, with the reason on the status page', async () => {
    const application = await provisional('next-rejected');
    await application.handle.executeUpdate(rejectApplicationUpdate, { args: [{ staff: 'staff01', reason: '事業者の認可が確認できませんでした。' }] });
    await expectEnded(application, 'この申請は却下となったため、手続きは終了しました。');
    expect(await application.statusPage()).toMatch(/<dt>却下理由<\/dt>\s*<dd class="reason">事業者の認可が確認できませんでした。<\/dd>/);
  });

  it('past its wait for the 事業者コード: starts again at 加入申請リンク確認', async () => {
    const application = await provisional('next-expired', { businessCodeWaitMs: 1_000 });
    await vi.waitFor(async () => expect((await db.models.MembershipApplication.findByPk(application.applicationId))?.status).toBe('expired'), { timeout: 20_000, interval: 200 });
    await expectEnded(application, '期限までに手続きが行われなかったため、この申請の手続きは終了しました。');
  });
});

describe('an application with the 事業者コード issued', () => {
  it('sends its 加入(仮)申請 link to 加入(本)申請, and shows the 保留 reason in the status panel', async () => {
    const application = await provisional('next-code');
    const businessCode = uniqueBusinessCode();
    await application.handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: 'staff01' }] });
    const linked = await fetch(application.link);
    expect(linked.status).toBe(409);
    const closedPage = await linked.text();
    expect(closedPage).toContain('事業者コードが発行されたため、加入(仮)申請の内容は変更できません。内容の更新は「加入(本)申請」から行ってください。');
    expect(closedPage).toContain(FINAL_BUTTON);

    await application.handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data: application.data }] });
    await application.handle.executeUpdate(holdApplicationUpdate, { args: [{ staff: 'staff01', reason: '登記事項証明書を提出してください。' }] });
    const status = await application.statusPage();
    expect(status).toMatch(/<dt>保留理由<\/dt>\s*<dd class="reason">登記事項証明書を提出してください。<\/dd>/);
    // The panel's button carries an id (the focus follows it across reloads).
    expect(status).toContain('<a id="status-final-link" class="button" href="/join/final">加入(本)申請</a>');
    expect(status).toMatch(ATTACHMENTS_LINK);
    await application.handle.terminate('test finished');
  });
});

describe('an approved application', () => {
  it('leads to ログイン from every page, and takes no more files', async () => {
    const application = await provisional('next-approved');
    const businessCode = uniqueBusinessCode();
    await application.handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: 'staff01' }] });
    await application.handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data: application.data }] });
    await application.handle.executeUpdate(approveApplicationUpdate, { args: [{ staff: 'staff01' }] });
    const done = 'この申請は承認され、加入の手続きは完了しています。';

    const linked = await fetch(application.link);
    expect(linked.status).toBe(409);
    const closedPage = await linked.text();
    expect(closedPage).toContain(done);
    expect(closedPage).toContain(LOGIN_BUTTON);
    expect(closedPage).not.toContain(FINAL_BUTTON);

    const status = await application.statusPage();
    expect(status).toContain(LOGIN_BUTTON);
    expect(status).not.toMatch(ATTACHMENTS_LINK);
    expect(status).not.toContain(JOIN_LINK_BUTTON);

    const redisplayed = await application.redisplay();
    expect(redisplayed).toContain(done);
    expect(redisplayed).toContain(LOGIN_BUTTON);

    expect((await upload(application.attachments)).status).toBe(409);
    expect(await db.models.Attachment.count({ where: { ownerId: application.applicationId } })).toBe(0);
  });
});

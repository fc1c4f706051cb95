// 再表示 after 保留 / 却下: the last 本申請's data with its own notice, opened by the 管理者①
// address entered at 加入仮申請 as well as by the one the 本申請 changed it to; and the guidance
// after 仮申請 that follows the manual's flow (1.1), step 4 included.
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdApplicationUpdate, issueBusinessCodeUpdate, rejectApplicationUpdate, submitFinalApplicationUpdate } from '../../workflows/messages';
import { postForm } from '../support/http';
import { uniqueBusinessCode } from '../support/business-codes';
import { applicationFormEntries, sampleApplication, startApplication, submissionIdOf } from '../support/joining';
import { firstUrl, waitForMail } from '../support/mail-inbox';
import { testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

let client: Client;
beforeAll(async () => {
  client = await testTemporalClient();
});
afterAll(async () => {
  await client.connection.close();
});

const PROVISIONAL_NOTICE = '仮申請時のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。';
const FINAL_NOTICE = '前回の本申請のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。';
const METI_STEPS = ['経済産業省様へ必要資料の提出を行ってください。', '経済産業省様より事業者認可・届出受理の連絡がございましたら'];

/** 仮申請 through the page with 管理者① `admin1`: the application, its 受付番号 and the pages shown. */
async function applyProvisionally(label: string, admin1: string) {
  const contact = uniqueEmail(`${label}-contact`);
  const { handle, applicationId } = await startApplication(client, contact);
  const link = firstUrl((await waitForMail(contact)).text);
  const form = await (await fetch(link)).text();
  const response = await postForm(link, [...applicationFormEntries(sampleApplication(admin1)), ['submissionId', submissionIdOf(form)]]);
  expect(response.status).toBe(303);
  const received = await (await fetch(webUrl(response.headers.get('location') ?? ''))).text();
  const mail = await waitForMail(admin1);
  const receiptNumber = /加入申請受付番号: (J-\S+)/.exec(mail.text)?.[1] ?? '';
  return { handle, applicationId, receiptNumber, received, mail };
}

const redisplay = (receiptNumber: string, email: string) => postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', email]]);

describe('after 加入(仮)申請', () => {
  it('guides through the manual flow from the submission to METI on, on the page and in the mail', async () => {
    const { handle, received, mail } = await applyProvisionally('meti', uniqueEmail('meti-admin1'));
    for (const step of METI_STEPS) {
      expect(received).toContain(step);
      expect(mail.text).toContain(step);
    }
    // Step 4 comes before step 5, as in the manual.
    expect(mail.text.indexOf(METI_STEPS[0]!)).toBeLessThan(mail.text.indexOf(METI_STEPS[1]!));
    await handle.terminate('test finished');
  });
});

describe('再表示 after 保留 / 却下', () => {
  it.each([
    ['保留', holdApplicationUpdate],
    ['却下', rejectApplicationUpdate],
  ] as const)('after %s quotes the last 本申請 and opens with the 仮申請 address and the current one', async (label, decide) => {
    const first = uniqueEmail('resubmit-first');
    const changed = uniqueEmail('resubmit-changed');
    const { handle, receiptNumber } = await applyProvisionally('resubmit', first);
    const businessCode = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: 'staff01' }] });

    // The first 本申請 quotes 仮申請, in the manual's words.
    const firstTime = await redisplay(receiptNumber, first);
    expect(firstTime.status).toBe(200);
    const firstHtml = await firstTime.text();
    expect(firstHtml).toContain(PROVISIONAL_NOTICE);
    expect(firstHtml).not.toContain(FINAL_NOTICE);

    // 本申請 changes 管理者①'s address and the 代表者肩書; then a decision.
    const data = sampleApplication(changed);
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data: { ...data, company: { ...data.company, representativeTitle: '代表取締役社長' } } }] });
    await handle.executeUpdate(decide, { args: [{ staff: 'staff01', reason: '登記事項証明書を提出してください。' }] });

    for (const email of [first, changed, first.toUpperCase()]) {
      const shown = await redisplay(receiptNumber, email);
      expect(shown.status).toBe(200);
      const html = await shown.text();
      expect(html).toContain(FINAL_NOTICE);
      expect(html).not.toContain(PROVISIONAL_NOTICE);
      expect(html).toContain(`${label}理由: 登記事項証明書を提出してください。`);
      expect(html).toContain('value="代表取締役社長"');
      expect(html).toContain(`value="${changed}"`);
    }
    const stranger = await redisplay(receiptNumber, uniqueEmail('resubmit-stranger'));
    expect(stranger.status).toBe(422);
    expect(await stranger.text()).toContain('加入申請受付番号または管理者①メールアドレスが正しくありません。');

    // A refused resubmission shows the form again with the same notice.
    const html = await (await redisplay(receiptNumber, first)).text();
    const refused = await postForm('/join/final', [...applicationFormEntries(data), ['receiptNumber', receiptNumber], ['lookupEmail', first], ['submissionId', submissionIdOf(html)], ['businessCode', businessCode]]);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(FINAL_NOTICE);

    // The status page opens with either address too.
    for (const email of [first, changed]) {
      const status = await postForm('/join/status', [['receiptNumber', receiptNumber], ['lookupEmail', email]]);
      expect(status.status).toBe(303);
    }
    expect((await postForm('/join/status', [['receiptNumber', receiptNumber], ['lookupEmail', uniqueEmail('status-stranger')]])).status).toBe(422);
    await handle.terminate('test finished');
  });
});

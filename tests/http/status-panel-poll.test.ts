// 加入申請状況の確認 polls its panel every 3 s with the version it shows: unchanged, the answer is
// 204 (htmx swaps nothing, so the focus stays); changed, the new panel with its new version.
import type { Client } from '@temporalio/client';
import { Op } from 'sequelize';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database';
import { statusPath } from '../../domain/status-link-token';
import { issueBusinessCodeUpdate, submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication, startApplication } from '../support/joining';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

const config = testConfig();
let db: Database;
let client: Client;
beforeAll(async () => {
  db = testDatabase();
  client = await testTemporalClient();
});
afterAll(async () => {
  await client.connection.close();
  await db.close();
});

/** Waits for the application's mails in the ledger: each sent mail is a line of the panel's timeline. */
async function mailsSent(applicationId: string, count: number) {
  const where = { idempotencyKey: { [Op.like]: `join-%:${applicationId}%` } };
  await vi.waitFor(async () => expect(await db.models.SentMail.count({ where })).toBe(count), { timeout: 20_000, interval: 200 });
}

/** The address the page (or a swapped panel) polls, with its version. */
const pollOf = (html: string) => /hx-get="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';

describe('the status panel poll', () => {
  it('answers 204 while nothing changed, and the changed panel with a new version once something did', async () => {
    const email = uniqueEmail('poll');
    const { handle, applicationId } = await startApplication(client, email);
    const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [sampleApplication(email)] });
    await mailsSent(applicationId, 2); // the link, the 受付番号
    const poll = pollOf(await (await fetch(webUrl(statusPath(config.appSecret, receiptNumber)))).text());
    expect(poll).toMatch(/\/panel\?token=[^&]+&v=[\w-]+$/);

    const unchanged = await fetch(webUrl(poll));
    expect(unchanged.status).toBe(204);
    expect(await unchanged.text()).toBe('');

    const businessCode = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: 'staff01' }] });
    await mailsSent(applicationId, 3); // and the 事業者コード
    const changed = await fetch(webUrl(poll));
    expect(changed.status).toBe(200);
    const panel = await changed.text();
    expect(panel).toContain(businessCode);
    const next = pollOf(panel);
    expect(next).not.toBe(poll);
    expect((await fetch(webUrl(next))).status).toBe(204);
    // Without a version (an older page still open) the panel is always sent.
    expect((await fetch(webUrl(next.replace(/&v=.*$/, '')))).status).toBe(200);
    // A forged link gets nothing, whatever version it names.
    expect((await fetch(webUrl(next.replace(/token=[^&]+/, 'token=forged')))).status).toBe(404);
    await handle.terminate('test finished');
  });
});

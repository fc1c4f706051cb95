// The membership application workflow on the real Temporal dev server, with the run's worker,
// PostgreSQL and mail inbox.
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { verifyJoinLinkToken } from '../../domain/join-link-token';
import { applicationStateQuery } from '../../workflows/messages';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { STATUS } from '../../workflows/search-attributes';
import { firstUrl, mailsTo, waitForMail } from '../support/mail-inbox';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail } from '../support/stack';

let client: Client;
let db: Database;
const config = testConfig();

beforeAll(async () => {
  client = await testTemporalClient();
  db = testDatabase();
});
afterAll(async () => {
  await client.connection.close();
  await db.close();
});

function start(email: string, linkExpiryMs: number) {
  const applicationId = randomUUID();
  return client.workflow
    .start(membershipApplication, {
      taskQueue: config.temporal.taskQueue,
      workflowId: membershipApplicationWorkflowId(applicationId),
      args: [{ applicationId, companyName: '広域電力株式会社', contactName: '広域 太郎', email, linkExpiryMs }],
    })
    .then((handle) => ({ handle, applicationId }));
}

async function waitForSearchAttribute(query: string): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ids: string[] = [];
    for await (const execution of client.workflow.list({ query })) ids.push(execution.workflowId);
    if (ids.length > 0 || Date.now() > deadline) return ids;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('membership application workflow', () => {
  it('records the application, mails one signed link to 加入(仮)申請, and expires the link', async () => {
    const email = uniqueEmail('expiry');
    const { handle, applicationId } = await start(email, 3_000);

    const mail = await waitForMail(email);
    expect(mail.subject).toBe('【電力広域的運営推進機関】加入(仮)申請のご案内');
    // What the requester typed is labelled as such below the instructions, never the opening words.
    expect(mail.text.split('\n')[0]).toBe('ご担当者様');
    expect(mail.text).toContain('■ お申込み時に入力された内容\n会社名: 広域電力株式会社\n');
    const url = new URL(firstUrl(mail.text));
    expect(url.pathname).toBe(`/join/${applicationId}/provisional`);
    expect(verifyJoinLinkToken(config.appSecret, applicationId, url.searchParams.get('token') ?? '')).toBe(true);
    expect(await handle.query(applicationStateQuery)).toEqual({ status: 'link_sent', events: [] });

    const stored = await db.models.MembershipApplication.findByPk(applicationId);
    expect(stored?.email).toBe(email);
    expect(stored?.companyName).toBe('広域電力株式会社');

    expect(await handle.result()).toEqual({ status: 'link_expired', events: [] });
    await stored?.reload();
    expect(stored?.status).toBe('link_expired');
    const description = await handle.describe();
    expect(description.typedSearchAttributes.get(STATUS)).toBe('link_expired');
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('can be found by its search attributes while it waits', async () => {
    const email = uniqueEmail('search');
    const { handle } = await start(email, 60_000);
    await waitForMail(email);
    const ids = await waitForSearchAttribute(
      `OcctoKind = "membership-application" AND OcctoStatus = "link_sent" AND WorkflowId = "${handle.workflowId}"`,
    );
    expect(ids).toEqual([handle.workflowId]);
    const byCompany = await waitForSearchAttribute(`OcctoCompanyName = "広域電力株式会社" AND WorkflowId = "${handle.workflowId}"`);
    expect(byCompany).toEqual([handle.workflowId]);
    await handle.terminate('test finished');
  });
});

// A mail server that is away: the workflow keeps retrying, and the mail arrives exactly once when
// the server comes back. Runs its own worker and inbox so the shared ones stay up.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { startOwnMailWorker, type OwnMailWorker } from '../support/own-mail-worker';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

const config = testConfig();
let db: Database;
let own: OwnMailWorker;

beforeAll(async () => {
  db = testDatabase();
  own = await startOwnMailWorker(config, db, 'mail-retry');
});

afterAll(async () => {
  await own.stop();
  await db.close();
});

it('retries the link mail while the SMTP server is down and sends it once when it is back', async () => {
  await own.inbox.stop();
  const email = uniqueEmail('retry');
  const applicationId = randomUUID();
  const handle = await own.client.workflow.start(membershipApplication, {
    taskQueue: own.taskQueue,
    workflowId: membershipApplicationWorkflowId(applicationId),
    args: [{ applicationId, companyName: '再送電力株式会社', contactName: '再送 花子', email, linkExpiryMs: 60_000 }],
  });

  // Wait until the mail activity has failed at least twice against the stopped server.
  const deadline = Date.now() + 30_000;
  let attempts = 0;
  while (attempts < 2 && Date.now() < deadline) {
    const { raw } = await handle.describe();
    attempts = Math.max(0, ...(raw.pendingActivities ?? []).map((activity) => activity.attempt ?? 0));
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(attempts).toBeGreaterThanOrEqual(2);

  await own.inbox.start();
  const arrived = Date.now() + 30_000;
  while ((await own.mailsTo(email)).length === 0 && Date.now() < arrived) await new Promise((r) => setTimeout(r, 250));
  // Give a duplicate every chance to show up before counting.
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await own.mailsTo(email)).toHaveLength(1);
  expect(await db.models.SentMail.count({ where: { idempotencyKey: `join-link:${applicationId}` } })).toBe(1);
  await handle.terminate('test finished');
});

// A mail server that is away: the workflow keeps retrying, and the mail arrives exactly once when
// the server comes back. Runs its own worker and inbox so the shared ones stay up.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityDepsFromConfig } from '../../activities/deps';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { installSdkLogger } from '../../activities/sdk-logger';
import { createLogger } from '../../config/logger';
import type { Database } from '../../db/database';
import { startMailInbox, type RunningMailInbox } from '../../scripts/mail-inbox';
import { freePort } from '../../scripts/ports';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

const config = testConfig();
let dir: string;
let inbox: RunningMailInbox;
let db: Database;
let own: OwnWorker;

beforeAll(async () => {
  // Activity failures against the stopped server are expected here: keep them out of the output.
  installSdkLogger(createLogger({ logLevel: 'silent' }, 'mail-retry-worker'));
  dir = mkdtempSync(path.join(os.tmpdir(), 'occto-mail-retry-'));
  chmodSync(dir, 0o755);
  inbox = await startMailInbox({ smtpPort: await freePort(), webPort: await freePort(), mailDir: dir });
  db = testDatabase();
  own = await startOwnWorker(config, activityDepsFromConfig({ ...config, smtp: { ...config.smtp, port: inbox.smtpPort } }, db, '127.0.0.1'), 'mail-retry');
});

afterAll(async () => {
  await own.stop();
  await db.close();
  await inbox.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function inboxMailsTo(address: string): Promise<unknown[]> {
  const mails = (await (await fetch(`${inbox.webUrl}/api/email`)).json()) as { to: { address: string }[] }[];
  return mails.filter((mail) => mail.to.some((to) => to.address === address));
}

it('retries the link mail while the SMTP server is down and sends it once when it is back', async () => {
  await inbox.stop();
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

  await inbox.start();
  const arrived = Date.now() + 30_000;
  while ((await inboxMailsTo(email)).length === 0 && Date.now() < arrived) await new Promise((r) => setTimeout(r, 250));
  // Give a duplicate every chance to show up before counting.
  await new Promise((r) => setTimeout(r, 1_500));
  expect(await inboxMailsTo(email)).toHaveLength(1);
  expect(await db.models.SentMail.count({ where: { idempotencyKey: `join-link:${applicationId}` } })).toBe(1);
  await handle.terminate('test finished');
});

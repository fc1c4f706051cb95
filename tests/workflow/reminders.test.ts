// Durable reminders with short periods: an applicant holding a 事業者コード without 本申請 is
// reminded once per period until 本申請 arrives; staff get one digest per period of what waits
// for them. Own worker and task queue, so the short periods touch no other test.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityDepsFromConfig } from '../../activities/deps';
import { startOwnWorker, type OwnWorker } from '../support/own-worker';
import { installSdkLogger } from '../../activities/sdk-logger';
import { createLogger } from '../../config/logger';
import type { Database } from '../../db/database';
import { issueBusinessCodeUpdate, submitFinalApplicationUpdate, submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { staffDigest } from '../../workflows/staff-digest';
import { createStaffAccount } from '../support/auth';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication } from '../support/joining';
import { mailsTo } from '../support/mail-inbox';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

const PERIOD_MS = 1_500;
const config = testConfig();
let db: Database;
let own: OwnWorker;

beforeAll(async () => {
  installSdkLogger(createLogger({ logLevel: 'warn' }, 'reminder-worker'));
  db = testDatabase();
  own = await startOwnWorker(
    config,
    activityDepsFromConfig(config, db, '127.0.0.1', { reminders: { applicantIntervalMs: PERIOD_MS, staffDigestIntervalMs: PERIOD_MS, staffDigestMinAgeMs: 86_400_000 } }),
    'reminders',
  );
});

afterAll(async () => {
  await own.stop();
  await db.close();
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const reminderSubject = '【電力広域的運営推進機関】加入(本)申請のお願い';
const remindersTo = async (email: string) => (await mailsTo(email)).filter((mail) => mail.subject === reminderSubject);

it('reminds the applicant once per period while 本申請 is awaited, and stops when it arrives', async () => {
  const email = uniqueEmail('reminded');
  const applicationId = randomUUID();
  const businessCode = uniqueBusinessCode();
  const handle = await own.client.workflow.start(membershipApplication, {
    taskQueue: own.taskQueue,
    workflowId: membershipApplicationWorkflowId(applicationId),
    args: [{ applicationId, companyName: '督促電力株式会社', contactName: '督促 太郎', email, linkExpiryMs: 3_600_000 }],
  });
  const data = sampleApplication(email);
  await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
  await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: 'test' }] });

  await waitUntil(async () => (await remindersTo(email)).length >= 2);
  const keys = (await db.models.SentMail.findAll({ where: { recipient: email }, order: [['id', 'ASC']] })).map((m) => m.idempotencyKey).filter((k) => k.startsWith('join-reminder:'));
  expect(keys.slice(0, 2)).toEqual([`join-reminder:${applicationId}:2:1`, `join-reminder:${applicationId}:2:2`]);
  expect((await remindersTo(email))[0]?.text).toContain('事業者コードをお知らせしましたが、加入(本)申請がまだ行われていません。');

  await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }] });
  const afterSubmission = (await remindersTo(email)).length;
  await new Promise((r) => setTimeout(r, PERIOD_MS * 2.5));
  expect((await remindersTo(email)).length).toBe(afterSubmission);
  await handle.terminate('test finished');
});

it('mails staff one digest per period of the items waiting for them longer than the age', async () => {
  const staffEmail = uniqueEmail('digest-staff');
  await createStaffAccount(db, { email: staffEmail });
  const id = randomUUID();
  const stale = new Date(Date.now() - 30 * 86_400_000);
  await db.models.MembershipApplication.create({ id, companyName: '滞留電力株式会社', contactName: '滞留 太郎', email: 'stale-digest@example.co.jp', status: 'under_review', linkExpiresAt: stale });
  await db.sequelize.query('UPDATE membership_applications SET updated_at = :stale WHERE id = :id', { replacements: { id, stale } });

  const digest = await own.client.workflow.start(staffDigest, { taskQueue: own.taskQueue, workflowId: `staff-digest-test-${randomUUID()}` });
  await waitUntil(async () => (await mailsTo(staffEmail)).length >= 2);
  await digest.terminate('test finished');
  const mails = await mailsTo(staffEmail);
  expect(mails[0]?.subject).toMatch(/^【会員情報管理システム】対応待ちの申請が\d+件あります$/);
  expect(mails[0]?.text).toContain('滞留電力株式会社');
  expect(mails[0]?.text).toContain(`/staff/applications/${id}`);
  const keys = (await db.models.SentMail.findAll({ where: { recipient: staffEmail } })).map((m) => m.idempotencyKey);
  expect(new Set(keys).size).toBe(keys.length);
  await db.models.MembershipApplication.update({ status: 'expired' }, { where: { id } });
});

// Staff decide on a change request while the mail server is away: each decision answers at once
// and is in PostgreSQL, the request is not left busy for the member's next step, and the mails go
// out, in the order decided and once each, when the server is back. Runs its own worker and
// inbox so the shared ones stay up.
import type { WorkflowHandle } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { Op } from 'sequelize';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { insertChangeRequest } from '../../db/repositories/change-requests';
import { changeRequestWorkflowId } from '../../domain/change-request';
import { changeRequest } from '../../workflows/change-request';
import {
  approveChangeRequestUpdate,
  changeRequestStateQuery,
  holdChangeRequestUpdate,
  resubmitChangeRequestUpdate,
} from '../../workflows/change-request-messages';
import { createMemberWithAdmin, sampleCompany } from '../support/auth';
import { startOwnMailWorker, type OwnMailWorker } from '../support/own-mail-worker';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

const config = testConfig();
/** Well under the web server's 30 s deadline for an update: a decision must not wait for SMTP at all. */
const PROMPT_MS = 5_000;
let db: Database;
let own: OwnMailWorker;

beforeAll(async () => {
  db = testDatabase();
  own = await startOwnMailWorker(config, db, 'change-request-mail');
});

afterAll(async () => {
  await own.stop();
  await db.close();
});

async function inboxSubjectsTo(address: string): Promise<string[]> {
  return (await own.mailsTo(address)).map((mail) => mail.subject);
}

/** Sends an update under a deadline, as the web server does (server/change-request-workflows.ts). */
function promptly(send: () => Promise<void>): Promise<void> {
  return own.client.connection.withDeadline(Date.now() + PROMPT_MS, send);
}

/** Waits until a pending mail activity has failed `attempts` times against the stopped server. */
async function mailFailed(handle: WorkflowHandle<typeof changeRequest>, attempts: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { raw } = await handle.describe();
    const mail = (raw.pendingActivities ?? []).find((activity) => activity.activityType?.name === 'sendChangeRequestMail');
    if ((mail?.attempt ?? 0) >= attempts) return;
    if (Date.now() > deadline) throw new Error(`the decision mail was not retried ${attempts} times`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

it('answers 保留 and 承認 at once while SMTP is down, takes the resubmission meanwhile, and mails both in order once it is back', async () => {
  const email = uniqueEmail('change-outage');
  const member = await createMemberWithAdmin(db, { admin: { email } });
  const requestId = randomUUID();
  const submittedBy = `user:${member.userId} 山田 太郎`;
  const submittedAt = new Date();
  // As the member's 変更 writes it: the request and its first event, then the workflow.
  await db.sequelize.transaction(async (transaction) => {
    await insertChangeRequest(db, { id: requestId, businessCode: member.businessCode, kind: 'change', status: 'under_review', requestedCompany: sampleCompany('保留後電力株式会社'), submittedBy }, transaction);
    await db.models.ChangeRequestEvent.create({ requestId, sequence: 1, kind: 'submitted', actor: submittedBy, reason: null, occurredAt: submittedAt }, { transaction });
  });
  const handle = await own.client.workflow.start(changeRequest, {
    taskQueue: own.taskQueue,
    workflowId: changeRequestWorkflowId(requestId),
    args: [{ requestId, businessCode: member.businessCode, kind: 'change', companyName: member.companyName, submittedBy, submittedAt: submittedAt.toISOString() }],
  });
  await own.inbox.stop();

  const reason = '登記事項証明書を添付してください。';
  await promptly(() => handle.executeUpdate(holdChangeRequestUpdate, { args: [{ staff: 'staff01', reason }] }));
  expect((await db.models.ChangeRequest.findByPk(requestId))?.status).toBe('on_hold');
  expect((await db.models.ChangeRequestEvent.findOne({ where: { requestId, sequence: 2 } }))?.reason).toBe(reason);
  await mailFailed(handle, 2);

  // The member's next step while the 保留 mail is still retried: taken, not refused as busy.
  const corrected = sampleCompany('訂正後電力株式会社');
  await promptly(() => handle.executeUpdate(resubmitChangeRequestUpdate, { args: [{ actor: submittedBy, requestedCompany: corrected }] }));
  expect((await db.models.ChangeRequest.findByPk(requestId))?.status).toBe('under_review');

  await promptly(() => handle.executeUpdate(approveChangeRequestUpdate, { args: [{ staff: 'staff01' }] }));
  expect((await db.models.ChangeRequest.findByPk(requestId))?.status).toBe('approved');
  expect((await db.models.Member.findByPk(member.businessCode))?.companyName).toBe('訂正後電力株式会社');
  expect((await handle.query(changeRequestStateQuery)).status).toBe('approved');
  // The workflow waits for its mails before it ends.
  expect((await handle.describe()).status.name).toBe('RUNNING');
  const sentMails = () => db.models.SentMail.count({ where: { idempotencyKey: { [Op.like]: `change-request:${requestId}:%` } } });
  expect(await sentMails()).toBe(0);

  await own.inbox.start();
  expect(await handle.result()).toMatchObject({ status: 'approved' });
  expect(await inboxSubjectsTo(email)).toEqual([
    `【電力広域的運営推進機関】会員情報変更申請保留のお知らせ（事業者コード ${member.businessCode}）`,
    `【電力広域的運営推進機関】会員情報変更申請承認のお知らせ（事業者コード ${member.businessCode}）`,
  ]);
  expect(await sentMails()).toBe(2);
}, 120_000);

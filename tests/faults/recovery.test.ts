// Faults while applications are in flight: the worker killed with SIGKILL, the Temporal server
// restarted, PostgreSQL stopped, the SMTP server stopped. After recovery every application has
// exactly one record and one mail; during an outage pages answer 503 in Japanese.
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createLogger } from '../../config/logger';
import { joinLinkUrl } from '../../domain/join-link-token';
import { createApp } from '../../server/app';
import { createTemporalClient } from '../../server/temporal-client';
import { Op } from 'sequelize';
import { approveApplicationUpdate, issueBusinessCodeUpdate, submitFinalApplicationUpdate, submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { createMemberWithAdmin } from '../support/auth';
import { sampleApplication } from '../support/joining';
import { countMailsTo, eventually, startPrivateStack, type PrivateStack } from '../support/private-stack';

let stack: PrivateStack;
let client: Client;

beforeAll(async () => {
  stack = await startPrivateStack();
  await stack.startWorker();
  client = new Client({ connection: await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS }) });
}, 180_000);

afterAll(async () => {
  await client?.connection.close();
  await stack?.stop();
}, 60_000);

async function startApplications(label: string, count: number): Promise<{ applicationId: string; email: string }[]> {
  const started = Array.from({ length: count }, (_, i) => ({ applicationId: randomUUID(), email: `${label}-${i}-${Date.now()}@example.co.jp` }));
  await Promise.all(
    started.map(({ applicationId, email }) =>
      client.workflow.start(membershipApplication, {
        taskQueue: stack.env.TEMPORAL_TASK_QUEUE as string,
        workflowId: membershipApplicationWorkflowId(applicationId),
        args: [{ applicationId, companyName: '障害試験電力株式会社', contactName: '試験 太郎', email, linkExpiryMs: 3_600_000 }],
      }),
    ),
  );
  return started;
}

/** Every application recorded once and mailed once, with no mail beyond that. */
async function expectEachDoneOnce(applications: { applicationId: string; email: string }[]): Promise<void> {
  const { MembershipApplication, SentMail } = stack.db.models;
  await eventually(
    async () => ((await SentMail.count({ where: { idempotencyKey: applications.map((a) => `join-link:${a.applicationId}`) } })) === applications.length ? true : undefined),
    120_000,
    'every link mail to be sent',
  );
  await new Promise((r) => setTimeout(r, 1_500));
  for (const { applicationId, email } of applications) {
    expect(await MembershipApplication.count({ where: { id: applicationId } })).toBe(1);
    expect(await countMailsTo(stack.inbox, email)).toBe(1);
  }
}

async function mailsOf(address: string): Promise<string[]> {
  const mails = (await (await fetch(`${stack.inbox.webUrl}/api/email`)).json()) as { subject: string; to: { address: string }[] }[];
  return mails.filter((mail) => mail.to.some((to) => to.address === address)).map((mail) => mail.subject);
}

/** An application taken to 審査中 through the workflow's own updates. */
async function underReview(label: string) {
  const suffix = `${label}-${randomUUID().slice(0, 8)}`;
  const emails = [`${suffix}-admin1@example.co.jp`, `${suffix}-admin2@example.co.jp`] as const;
  const applicationId = randomUUID();
  const handle = await client.workflow.start(membershipApplication, {
    taskQueue: stack.env.TEMPORAL_TASK_QUEUE as string,
    workflowId: membershipApplicationWorkflowId(applicationId),
    args: [{ applicationId, companyName: '障害試験電力株式会社', contactName: '試験 太郎', email: emails[0], linkExpiryMs: 3_600_000 }],
  });
  const data = sampleApplication(emails[0], emails[1]);
  const businessCode = randomUUID().replace(/[^0-9a-f]/g, '').slice(0, 4).toUpperCase();
  await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
  await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: 'fault-test' }] });
  await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }] });
  return { handle, businessCode, emails };
}

function appAgainstStack() {
  const config = loadConfig({ ...stack.env, TEMPORAL_ADDRESS: stack.temporal().address });
  const temporal = createTemporalClient(stack.temporal().address, 'default');
  return { config, temporal, app: createApp({ config, db: stack.db, temporal, logger: createLogger({ logLevel: 'silent' }, 'faults') }) };
}

describe('recovery', () => {
  it('finishes every application once after the worker is killed with SIGKILL mid-flight', async () => {
    const worker = await stack.startWorker();
    const applications = await startApplications('kill', 20);
    worker.kill('SIGKILL');
    await expectEachDoneOnce(applications);
  }, 180_000);

  it('finishes every application once across a restart of the Temporal server, answering 503 meanwhile', async () => {
    const applications = await startApplications('temporal', 10);
    const { app, config, temporal } = appAgainstStack();
    await stack.temporal().stop();
    const email = 'outage@example.co.jp';
    const during = await app.request('/join/link', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(config.web.publicBaseUrl).origin },
      body: new URLSearchParams({ applicationId: randomUUID(), companyName: '広域電力株式会社', contactName: '広域 太郎', email, emailConfirmation: email }).toString(),
    });
    expect(during.status).toBe(503);
    expect(await during.text()).toContain('ただいまご利用いただけません');
    await stack.restartTemporal();
    await expectEachDoneOnce(applications);
    await temporal.connection.close();
  }, 180_000);

  it('finishes every application once after PostgreSQL was stopped for a while, answering 503 meanwhile', async () => {
    const [known] = await startApplications('pg-known', 1);
    await expectEachDoneOnce([known!]);
    const { app, config, temporal } = appAgainstStack();
    // A member logged in, its page read (and kept) while the database was there.
    const member = await createMemberWithAdmin(stack.db);
    const login = await app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(config.web.publicBaseUrl).origin },
      body: new URLSearchParams({ businessCode: member.businessCode, userId: member.userId, password: member.password }).toString(),
    });
    const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    expect((await app.request('/member/info', { headers: { cookie } })).status).toBe(200);
    await stack.postgres.stop();
    const applications = await startApplications('pg', 10);
    const link = new URL(joinLinkUrl(config.web.publicBaseUrl, config.appSecret, known!.applicationId));
    for (const during of [await app.request(link.pathname + link.search), await app.request('/member/info', { headers: { cookie } })]) {
      expect(during.status).toBe(503);
      expect(await during.text()).toContain('ただいまご利用いただけません');
    }
    await new Promise((r) => setTimeout(r, 3_000));
    await stack.postgres.restart();
    await expectEachDoneOnce(applications);
    await temporal.connection.close();
  }, 180_000);

  it('admits each approved applicant once when every worker is killed during the approvals', async () => {
    const applicants = await Promise.all(Array.from({ length: 6 }, (_, i) => underReview(`crash-${i}`)));
    await Promise.all(applicants.map(({ handle }) => handle.executeUpdate(approveApplicationUpdate, { args: [{ staff: 'fault-test' }] })));
    // 承認 has answered; creating the member, its 管理者 and their mails is under way: crash now.
    await stack.killWorkers();
    await stack.startWorker();
    await Promise.all(applicants.map(({ handle }) => handle.result()));
    const { Member, User, SentMail } = stack.db.models;
    for (const { businessCode, emails } of applicants) {
      expect(await Member.count({ where: { businessCode } })).toBe(1);
      expect(await User.count({ where: { businessCode } })).toBe(2);
      expect(await SentMail.count({ where: { idempotencyKey: { [Op.like]: `initial-password:${businessCode}:%` } } })).toBe(2);
      for (const email of emails) {
        expect((await mailsOf(email)).filter((subject) => subject.includes('パスワード')).length).toBe(1);
      }
    }
  }, 180_000);

  it('sends every mail once after the SMTP server was stopped for a while', async () => {
    await stack.inbox.stop();
    const applications = await startApplications('smtp', 10);
    await new Promise((r) => setTimeout(r, 3_000));
    await stack.inbox.start();
    await expectEachDoneOnce(applications);
  }, 180_000);
});

// Limits on mails anyone can ask for (JOIN_LINK_LIMIT_*, PASSWORD_RESET_LIMIT_*), over real HTTP
// with the run's defaults: リンク確認 refuses one application too many to an address with 429 and
// starts nothing; the password reset sends nothing past the limit and answers the same.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { createMemberWithAdmin } from '../support/auth';
import { postForm } from '../support/http';
import { mailsTo } from '../support/mail-inbox';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail } from '../support/stack';

const config = testConfig();
const JOIN_LIMIT = config.joinLinkLimit.max;
const RESET_LIMIT = config.auth.resetMailLimit.max;
const TOO_MANY = 'このメールアドレスには短時間に多くの申請リンクが送信されています。しばらく時間をおいてから、もう一度お試しください。';

let db: Database;
let temporal: Client;
beforeAll(async () => {
  db = testDatabase();
  temporal = await testTemporalClient();
});
afterAll(async () => {
  await db.close();
  await temporal.connection.close();
});

function joinForm(email: string) {
  return { applicationId: randomUUID(), companyName: '広域電力株式会社', contactName: '広域 太郎', email, emailConfirmation: email };
}

/** Waits until `count` mails reached the address, then a little longer so a late extra one would show. */
async function settledMails(address: string, count: number) {
  const deadline = Date.now() + 20_000;
  while ((await mailsTo(address)).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 1_500));
  return mailsTo(address);
}

async function workflowExists(applicationId: string): Promise<boolean> {
  try {
    await temporal.workflow.getHandle(membershipApplicationWorkflowId(applicationId)).describe();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

describe('リンク確認 per mail address', () => {
  it('refuses the application past the limit with 429 and the form, starting no workflow and sending no mail', async () => {
    const email = uniqueEmail('limit');
    for (let i = 0; i < JOIN_LIMIT; i++) expect((await postForm('/join/link', joinForm(email))).status).toBe(303);

    // The same address in capitals is the same recipient.
    const refused = joinForm(email.toUpperCase());
    const response = await postForm('/join/link', refused);
    expect(response.status).toBe(429);
    const html = await response.text();
    expect(html).toContain(TOO_MANY);
    expect(html).toContain('<h1>加入申請リンク確認</h1>');
    expect(html).toContain(`value="${refused.applicationId}"`);
    expect(html).toContain(`value="${email.toUpperCase()}"`);

    expect(await db.models.MembershipApplication.findByPk(refused.applicationId)).toBeNull();
    expect(await workflowExists(refused.applicationId)).toBe(false);
    expect(await settledMails(email, JOIN_LIMIT)).toHaveLength(JOIN_LIMIT);

    // Sub-addresses land in the same mailbox, so they count there.
    const [local, domain] = email.split('@');
    expect((await postForm('/join/link', joinForm(`${local}+again@${domain}`))).status).toBe(429);

    // Another address is not affected.
    const other = uniqueEmail('limit-other');
    expect((await postForm('/join/link', joinForm(other))).status).toBe(303);
    expect(await settledMails(other, 1)).toHaveLength(1);
  });

  it('answers htmx with the form fragment and the message', async () => {
    const email = uniqueEmail('limit-htmx');
    for (let i = 0; i < JOIN_LIMIT; i++) await postForm('/join/link', joinForm(email));
    const response = await postForm('/join/link', joinForm(email), { 'HX-Request': 'true' });
    expect(response.status).toBe(429);
    const html = await response.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('id="join-link-form"');
    expect(html).toContain(TOO_MANY);
  });

  it('counts a double submission once and still answers it after the limit is reached', async () => {
    const email = uniqueEmail('limit-double');
    const first = joinForm(email);
    expect((await Promise.all([postForm('/join/link', first), postForm('/join/link', first)])).map((r) => r.status)).toEqual([303, 303]);
    for (let i = 1; i < JOIN_LIMIT; i++) expect((await postForm('/join/link', joinForm(email))).status).toBe(303);
    expect((await postForm('/join/link', joinForm(email))).status).toBe(429);
    // The first form sent once more is the same application, not one more.
    expect((await postForm('/join/link', first)).status).toBe(303);
    expect(await db.models.MembershipApplication.count({ where: { email } })).toBe(JOIN_LIMIT);
    expect(await settledMails(email, JOIN_LIMIT)).toHaveLength(JOIN_LIMIT);
  });

  it('holds for requests arriving at the same instant', async () => {
    const email = uniqueEmail('limit-burst');
    const forms = Array.from({ length: JOIN_LIMIT + 4 }, () => joinForm(email));
    const statuses = (await Promise.all(forms.map((form) => postForm('/join/link', form)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(JOIN_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    expect(await db.models.MembershipApplication.count({ where: { email } })).toBe(JOIN_LIMIT);
    expect(await settledMails(email, JOIN_LIMIT)).toHaveLength(JOIN_LIMIT);
  });
});

describe('パスワード初期化 mails per user', () => {
  function requestLink(fields: { businessCode: string; userId: string; email: string }) {
    return postForm('/password/forgot', { requestId: randomUUID(), ...fields });
  }

  async function timed(request: Promise<Response>) {
    const started = Date.now();
    const response = await request;
    return { status: response.status, location: response.headers.get('location'), ms: Date.now() - started };
  }

  it('sends nothing past the limit and answers exactly as for an unknown account', async () => {
    const member = await createMemberWithAdmin(db);
    const account = { businessCode: member.businessCode, userId: member.userId, email: member.email };
    for (let i = 0; i < RESET_LIMIT; i++) expect((await requestLink(account)).status).toBe(303);
    expect(await settledMails(member.email, RESET_LIMIT)).toHaveLength(RESET_LIMIT);

    const past = await timed(requestLink(account));
    const unknown = await timed(requestLink({ businessCode: 'QQQ9', userId: 'qqqqq9', email: member.email }));
    expect({ status: past.status, location: past.location }).toEqual({ status: 303, location: '/password/forgot/sent' });
    expect({ status: unknown.status, location: unknown.location }).toEqual({ status: 303, location: '/password/forgot/sent' });
    for (const { ms } of [past, unknown]) expect(ms).toBeGreaterThanOrEqual(1_000);

    expect(await settledMails(member.email, RESET_LIMIT)).toHaveLength(RESET_LIMIT);
    const user = await db.models.User.findOne({ where: { businessCode: member.businessCode } });
    expect(await db.models.PasswordResetToken.count({ where: { userId: user?.id ?? -1 } })).toBe(RESET_LIMIT);
  });

  it('holds for requests arriving at the same instant', async () => {
    const member = await createMemberWithAdmin(db);
    const account = { businessCode: member.businessCode, userId: member.userId, email: member.email };
    const answers = await Promise.all(Array.from({ length: RESET_LIMIT + 5 }, () => requestLink(account)));
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 303));
    const mails = await settledMails(member.email, 1);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails.length).toBeLessThanOrEqual(RESET_LIMIT);
  });
});

// A membership application's single-statement steps: a step is recorded once however often it is
// retried, together with its status; a 事業者コード goes to one application only, never to one
// whose code a member already has, and an application that is not recorded is an error.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { recordApplicationStep, reserveBusinessCode } from '../../db/repositories/application-steps';
import { createMemberWithAdmin } from '../support/auth';
import { uniqueBusinessCode } from '../support/business-codes';
import { testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

async function recordedApplication(): Promise<string> {
  const id = randomUUID();
  await db.models.MembershipApplication.create({ id, companyName: '手順電力株式会社', contactName: '手順 太郎', email: uniqueEmail('steps'), status: 'link_sent', linkExpiresAt: new Date() });
  return id;
}

describe('recordApplicationStep', () => {
  it('records a retried step once, with the status it leads to, its reason and its 期限', async () => {
    const applicationId = await recordedApplication();
    const step = { applicationId, sequence: 1, kind: 'rejected', status: 'rejected', actor: 'staff01', reason: '書類不備', at: new Date('2026-11-28T00:00:00Z'), deadlineAt: new Date('2027-02-26T00:00:00Z') } as const;
    await recordApplicationStep(db, step);
    await recordApplicationStep(db, { ...step, reason: '再試行' });
    const events = await db.models.MembershipApplicationEvent.findAll({ where: { applicationId } });
    expect(events.map((e) => [e.sequence, e.kind, e.actor, e.reason, e.occurredAt.toISOString()])).toEqual([[1, 'rejected', 'staff01', '書類不備', '2026-11-28T00:00:00.000Z']]);
    const application = await db.models.MembershipApplication.findByPk(applicationId, { rejectOnEmpty: true });
    expect([application.status, application.deadlineAt?.toISOString()]).toEqual(['rejected', '2027-02-26T00:00:00.000Z']);
    await recordApplicationStep(db, { ...step, sequence: 2, kind: 'final_submitted', status: 'under_review', actor: 'applicant', reason: null, deadlineAt: null });
    expect((await application.reload()).deadlineAt).toBeNull();
  });
});

describe('reserveBusinessCode', () => {
  it('gives a code to one application, again to the same one, and not to a second', async () => {
    const [first, second] = [await recordedApplication(), await recordedApplication()];
    const code = uniqueBusinessCode();
    expect(await reserveBusinessCode(db, first, code)).toBe(true);
    expect(await reserveBusinessCode(db, first, code)).toBe(true);
    expect(await reserveBusinessCode(db, second, code)).toBe(false);
    expect((await db.models.MembershipApplication.findByPk(first))?.businessCode).toBe(code);
    expect((await db.models.MembershipApplication.findByPk(second))?.businessCode).toBeNull();
  });

  it('refuses a code a member has, and throws for an application not recorded', async () => {
    const { businessCode } = await createMemberWithAdmin(db);
    expect(await reserveBusinessCode(db, await recordedApplication(), businessCode)).toBe(false);
    await expect(reserveBusinessCode(db, randomUUID(), uniqueBusinessCode())).rejects.toThrow(/not recorded/);
  });
});

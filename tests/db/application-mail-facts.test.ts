// What an application's mails are built from, read in one statement: the columns as stored, the
// 管理者① and 会社名 of the latest form (本申請 over 仮申請, none before 仮申請), and the mail
// ledger's entry for the mail's key, which is what keeps a retried mail from going twice.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { applicationMailFacts } from '../../db/repositories/application-mail-facts';
import { sampleApplication } from '../support/joining';
import { testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const LINK_EXPIRES_AT = new Date('2026-12-01T09:00:00Z');

async function recordedApplication(): Promise<string> {
  const id = randomUUID();
  await db.models.MembershipApplication.create({ id, companyName: '連絡電力株式会社', contactName: '連絡 花子', email: uniqueEmail('facts'), status: 'link_sent', linkExpiresAt: LINK_EXPIRES_AT });
  return id;
}

describe('applicationMailFacts', () => {
  it('answers the row as given at リンク確認, with no form and no mail sent yet', async () => {
    const id = await recordedApplication();
    const facts = await applicationMailFacts(db, id, `join-link:${id}`);
    expect(facts).toMatchObject({ id, companyName: '連絡電力株式会社', contactName: '連絡 花子', receiptNumber: null, businessCode: null, deadlineAt: null, submitted: null, finalSubmitted: false, sentMessageId: null });
    expect(facts?.linkExpiresAt).toEqual(LINK_EXPIRES_AT);
  });

  it('answers the 本申請 over the 仮申請, and the ledger’s Message-ID for the key asked about only', async () => {
    const id = await recordedApplication();
    const provisional = sampleApplication(uniqueEmail('facts-prov'));
    const final = sampleApplication(uniqueEmail('facts-final'));
    final.company.companyName = '本申請電力株式会社';
    const deadlineAt = new Date('2027-02-26T00:00:00Z');
    await db.models.MembershipApplication.update({ provisionalData: provisional, receiptNumber: `J-${randomUUID().slice(0, 4).toUpperCase()}-TEST`, deadlineAt }, { where: { id } });
    expect((await applicationMailFacts(db, id, `join-receipt:${id}`))?.submitted).toEqual({ companyName: provisional.company.companyName, administrator1: provisional.administrator1 });

    await db.models.MembershipApplication.update({ finalData: final }, { where: { id } });
    await db.models.SentMail.create({ idempotencyKey: `join-receipt:${id}`, recipient: provisional.administrator1.email, subject: '受付', body: '本文', messageId: '<receipt@test>', sentAt: new Date() });
    const facts = await applicationMailFacts(db, id, `join-receipt:${id}`);
    expect(facts).toMatchObject({ finalSubmitted: true, sentMessageId: '<receipt@test>', submitted: { companyName: '本申請電力株式会社', administrator1: final.administrator1 } });
    expect(facts?.deadlineAt).toEqual(deadlineAt);
    expect((await applicationMailFacts(db, id, `join-approved:${id}`))?.sentMessageId).toBeNull();
  });

  it('answers nothing for an application that is not recorded', async () => {
    expect(await applicationMailFacts(db, randomUUID(), 'join-link:none')).toBeUndefined();
  });
});

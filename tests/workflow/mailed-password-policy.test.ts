// Mailed passwords follow the configured policy, from the configuration through the activities'
// dependencies: a 担当者's new and reset password and a 管理者's initial password at 承認, with
// PASSWORD_MIN_LENGTH above 14, one allowed symbol and all four character types required.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { activityDepsFromConfig, type ActivityDeps } from '../../activities/deps';
import type { Database } from '../../db/database';
import { verifyPassword } from '../../domain/password-hash';
import { checkPasswordRules } from '../../domain/password-policy';
import { createMemberWithAdmin, createPersonInCharge } from '../support/auth';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication } from '../support/joining';
import { mailsTo, waitForMail, type InboxMail } from '../support/mail-inbox';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

const config = testConfig({ PASSWORD_MIN_LENGTH: '20', PASSWORD_SYMBOLS: '#', PASSWORD_MIN_CHARACTER_TYPES: '4' });
const policy = config.auth.passwordPolicy;
let db: Database;
let deps: ActivityDeps;
beforeAll(() => {
  db = testDatabase();
  deps = activityDepsFromConfig(config, db, '127.0.0.1');
});
afterAll(async () => {
  deps.mailer.close();
  await db.close();
});

async function mailWithSubject(address: string, subject: string): Promise<InboxMail> {
  for (let deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const mail = (await mailsTo(address)).find((m) => m.subject.includes(subject));
    if (mail) return mail;
  }
  throw new Error(`no mail 「${subject}」 to ${address}`);
}

async function expectPolicyPassword(mail: InboxMail, userRowId: number) {
  const password = /パスワード: (\S+)/.exec(mail.text)?.[1] ?? '';
  expect(checkPasswordRules(password, policy)).toEqual([]);
  expect(password).toHaveLength(20);
  const user = await db.models.User.findByPk(userRowId);
  expect(await verifyPassword(user?.passwordHash ?? '', password)).toBe(true);
}

it('gives a 担当者 new and reset passwords that meet the configured policy', async () => {
  const activities = createActivities(deps);
  const member = await createMemberWithAdmin(db);
  const tanto = await createPersonInCharge(db, member.businessCode);
  const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: tanto.userId } });
  const userRowId = user?.id ?? 0;

  await activities.sendAccountMail({ kind: 'user-password', idempotencyKey: `policy-created:${randomUUID()}`, userRowId, reason: 'created' });
  await expectPolicyPassword(await mailWithSubject(tanto.email, 'ユーザ登録のお知らせ'), userRowId);
  await activities.sendAccountMail({ kind: 'user-password', idempotencyKey: `policy-reset:${randomUUID()}`, userRowId, reason: 'reset' });
  await expectPolicyPassword(await mailWithSubject(tanto.email, 'パスワード初期化のお知らせ'), userRowId);
});

it('gives 管理者 initial passwords at 承認 that meet the configured policy', async () => {
  const activities = createActivities(deps);
  const email = uniqueEmail('policy-admin');
  const applicationId = randomUUID();
  const businessCode = uniqueBusinessCode();
  await activities.recordApplication({ applicationId, companyName: '方針電力株式会社', contactName: '方針 太郎', email, linkExpiresAt: new Date().toISOString() });
  await activities.saveProvisionalApplication({ applicationId, data: sampleApplication(email) });
  expect(await activities.reserveBusinessCode({ applicationId, businessCode })).toBe(true);
  await activities.saveFinalApplication({ applicationId, data: sampleApplication(email) });
  await activities.createMember({ applicationId });
  await activities.provisionAdministrator({ applicationId, slot: 1 });
  const admin = await db.models.User.findOne({ where: { businessCode, adminSlot: 1 } });
  await expectPolicyPassword(await waitForMail(email), admin?.id ?? 0);
});

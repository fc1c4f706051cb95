// 承認's activities run again (as after a worker crash between attempts): still one member, one
// user per 管理者, one password mail each, and the password that works is the one mailed.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createActivities } from '../../activities';
import { activityDepsFromConfig } from '../../activities/deps';
import type { Database } from '../../db/database';
import { verifyPassword } from '../../domain/password-hash';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication } from '../support/joining';
import { mailsTo, waitForMail } from '../support/mail-inbox';
import { testConfig, testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
const config = testConfig();
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

it('creates one member and one user per 管理者 however often the approval activities run', async () => {
  const activities = createActivities(activityDepsFromConfig(config, db, '127.0.0.1'));
  const admin1 = uniqueEmail('retry-admin1');
  const admin2 = uniqueEmail('retry-admin2');
  const applicationId = randomUUID();
  const businessCode = uniqueBusinessCode();
  await activities.recordApplication({ applicationId, companyName: '再試行電力株式会社', contactName: '再試行 太郎', email: admin1, linkExpiresAt: new Date().toISOString() });
  await activities.saveProvisionalApplication({ applicationId, data: sampleApplication(admin1, admin2) });
  expect(await activities.reserveBusinessCode({ applicationId, businessCode })).toBe(true);
  await activities.saveFinalApplication({ applicationId, data: sampleApplication(admin1, admin2) });

  const [first, second] = await Promise.all([activities.createMember({ applicationId }), activities.createMember({ applicationId })]);
  expect(second).toEqual(first);
  for (const slot of first.slots) {
    await activities.provisionAdministrator({ applicationId, slot });
    expect(await activities.provisionAdministrator({ applicationId, slot })).toBeUndefined();
  }
  expect(await db.models.Member.count({ where: { applicationId } })).toBe(1);
  const users = await db.models.User.findAll({ where: { businessCode }, order: [['adminSlot', 'ASC']] });
  expect(users.map((u) => u.userId)).toEqual(['abc001', 'abc002']);
  for (const [address, user] of [[admin1, users[0]], [admin2, users[1]]] as const) {
    const mail = await waitForMail(address);
    await new Promise((r) => setTimeout(r, 500));
    expect(await mailsTo(address)).toHaveLength(1);
    const password = /パスワード: (\S+)/.exec(mail.text)?.[1] ?? '';
    expect(await verifyPassword(user?.passwordHash ?? '', password)).toBe(true);
  }
  // Another application cannot take the code now that a member has it.
  const other = randomUUID();
  await activities.recordApplication({ applicationId: other, companyName: '別電力株式会社', contactName: '別 太郎', email: admin1, linkExpiresAt: new Date().toISOString() });
  expect(await activities.reserveBusinessCode({ applicationId: other, businessCode })).toBe(false);
});

it('gives the 管理者 the password of the latest mail when 承認 runs again after a crash before the ledger write', async () => {
  const activities = createActivities(activityDepsFromConfig(config, db, '127.0.0.1'));
  const admin = uniqueEmail('retry-crash');
  const applicationId = randomUUID();
  const businessCode = uniqueBusinessCode();
  await activities.recordApplication({ applicationId, companyName: '再送電力株式会社', contactName: '再送 太郎', email: admin, linkExpiresAt: new Date().toISOString() });
  await activities.saveProvisionalApplication({ applicationId, data: sampleApplication(admin) });
  await activities.reserveBusinessCode({ applicationId, businessCode });
  await activities.saveFinalApplication({ applicationId, data: sampleApplication(admin) });
  await activities.createMember({ applicationId });
  await activities.provisionAdministrator({ applicationId, slot: 1 });
  const first = await db.models.User.findOne({ where: { businessCode, adminSlot: 1 }, rejectOnEmpty: true });
  await first.update({ mustChangePassword: false });
  // The mail left, but the crash came before the ledger recorded it: the retry mails a new password.
  await db.models.SentMail.destroy({ where: { idempotencyKey: `initial-password:${businessCode}:1` } });
  await activities.provisionAdministrator({ applicationId, slot: 1 });

  const users = await db.models.User.findAll({ where: { businessCode } });
  expect(users.map((u) => [u.id, u.mustChangePassword])).toEqual([[first.id, true]]);
  let mails = await mailsTo(admin);
  for (let waited = 0; mails.filter((m) => /パスワード: /.test(m.text)).length < 2 && waited < 50; waited++) {
    await new Promise((r) => setTimeout(r, 100));
    mails = await mailsTo(admin);
  }
  const passwords = mails.map((m) => /パスワード: (\S+)/.exec(m.text)?.[1]).filter((p): p is string => Boolean(p));
  expect(passwords).toHaveLength(2);
  const verified = await Promise.all(passwords.map((p) => verifyPassword(users[0]?.passwordHash ?? '', p)));
  expect(verified.filter(Boolean)).toHaveLength(1);
  expect(users[0]?.passwordHash).not.toBe(first.passwordHash);
});

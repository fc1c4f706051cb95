// The stamp every member page reads (migration 0010's function through the batching reader):
// sessions read together get their own member's stamp, and any write to the member or one of its
// users changes it, while another member's writes do not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { memberSessionStamps } from '../../db/repositories/member-session-stamp';
import { createSession } from '../../db/repositories/sessions';
import { hashSecretToken } from '../../domain/secret-token';
import { createMemberWithAdmin, createPersonInCharge } from '../support/auth';
import { testDatabase } from '../support/stack';

const HOUR_MS = 3_600_000;
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/** A member with its 管理者's session id (the SHA-256 the sessions table keeps). */
async function memberWithSession() {
  const member = await createMemberWithAdmin(db);
  const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: member.userId }, rejectOnEmpty: true });
  const token = await createSession(db, { kind: 'user', id: user.id }, HOUR_MS);
  return { ...member, user, sessionId: hashSecretToken(token) };
}

describe('member session stamps', () => {
  it('answer every session read together with its own stamp, and null for an unknown one', async () => {
    const stampOf = memberSessionStamps(db);
    const [a, b] = [await memberWithSession(), await memberWithSession()];
    const [stampA, stampB, again, unknown] = await Promise.all([stampOf(a.sessionId), stampOf(b.sessionId), stampOf(a.sessionId), stampOf('0'.repeat(64))]);
    expect(stampA?.stamp).toBeTruthy();
    expect(stampB?.stamp).toBeTruthy();
    expect(stampA?.stamp).not.toBe(stampB?.stamp);
    expect(again).toEqual(stampA);
    expect(unknown).toBeNull();
    expect(stampA?.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('change with any write to the member or its users, and only to them', async () => {
    const stampOf = memberSessionStamps(db);
    const [mine, other] = [await memberWithSession(), await memberWithSession()];
    const current = async () => (await stampOf(mine.sessionId))?.stamp;
    let previous = await current();
    const expectNewStamp = async () => {
      const stamp = await current();
      expect(stamp).not.toBe(previous);
      previous = stamp;
    };

    await db.models.User.update({ department: '別の部署' }, { where: { businessCode: other.businessCode } });
    await db.models.Member.update({ companyName: '他社電力株式会社' }, { where: { businessCode: other.businessCode } });
    expect(await current()).toBe(previous);

    await db.models.Member.update({ companyName: '改称電力株式会社' }, { where: { businessCode: mine.businessCode } });
    await expectNewStamp();
    const beforeTanto = previous;
    const tanto = await createPersonInCharge(db, mine.businessCode);
    await expectNewStamp();
    await db.models.User.update({ department: '新しい部署' }, { where: { businessCode: mine.businessCode, userId: tanto.userId } });
    await expectNewStamp();
    await db.models.User.destroy({ where: { businessCode: mine.businessCode, userId: tanto.userId } });
    await expectNewStamp();
    // The stamp names the rows' versions: the same rows as before give the same stamp, and a
    // page kept from then shows what is stored now.
    expect(previous).toBe(beforeTanto);

    await db.models.Session.destroy({ where: { id: mine.sessionId } });
    expect(await stampOf(mine.sessionId)).toBeNull();
  });
});

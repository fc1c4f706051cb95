// The staff session every console page reads in one query (staffSessionOf): the staff member for a
// live token, nothing for an unknown, expired or member's token, and the expiry slid forward once
// half the idle period has passed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createSession, staffSessionOf, takeSessionEndReason } from '../../db/repositories/sessions';
import { hashSecretToken } from '../../domain/secret-token';
import { createMemberWithAdmin, createStaffAccount } from '../support/auth';
import { testDatabase } from '../support/stack';

const HOUR_MS = 3_600_000;
let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

async function staffToken(): Promise<{ token: string; staffId: number }> {
  const { loginId } = await createStaffAccount(db);
  const staff = await db.models.StaffUser.findOne({ where: { loginId }, rejectOnEmpty: true });
  return { token: await createSession(db, { kind: 'staff', id: staff.id }, HOUR_MS), staffId: staff.id };
}

const expiryOf = async (token: string) => (await db.models.Session.findByPk(hashSecretToken(token)))?.expiresAt.getTime();

describe('staff sessions', () => {
  it('answer the staff member of a live token, and leave a fresh expiry as it is', async () => {
    const { token, staffId } = await staffToken();
    const before = await expiryOf(token);
    const found = await staffSessionOf(db, token, HOUR_MS);
    expect(found?.staff.id).toBe(staffId);
    expect(found?.session.staffUserId).toBe(staffId);
    expect(await expiryOf(token)).toBe(before);
  });

  it('answer nothing for an unknown token or a member user’s', async () => {
    expect(await staffSessionOf(db, 'no-such-token', HOUR_MS)).toBeNull();
    const member = await createMemberWithAdmin(db);
    const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: member.userId }, rejectOnEmpty: true });
    const memberToken = await createSession(db, { kind: 'user', id: user.id }, HOUR_MS);
    expect(await staffSessionOf(db, memberToken, HOUR_MS)).toBeNull();
    expect(await expiryOf(memberToken)).toBeDefined();
  });

  it('slide the expiry forward once half the idle period has passed', async () => {
    const { token } = await staffToken();
    await db.models.Session.update({ expiresAt: new Date(Date.now() + HOUR_MS / 4) }, { where: { id: hashSecretToken(token) } });
    const found = await staffSessionOf(db, token, HOUR_MS);
    const stored = await expiryOf(token);
    expect(stored).toBeGreaterThan(Date.now() + HOUR_MS * 0.9);
    expect(found?.session.expiresAt.getTime()).toBe(stored);
  });

  it('end an expired session and keep why', async () => {
    const { token } = await staffToken();
    await db.models.Session.update({ expiresAt: new Date(Date.now() - 1_000) }, { where: { id: hashSecretToken(token) } });
    expect(await staffSessionOf(db, token, HOUR_MS)).toBeNull();
    expect(await expiryOf(token)).toBeUndefined();
    expect(await takeSessionEndReason(db, token)).toBe('expired');
  });
});

// The lockout under parallel attempts, against the real PostgreSQL: argon2 verifications are held
// at a gate until every attempt of a test has reached it, so attempts overlap the same way every
// run (as they do when hundreds arrive at once and queue for argon2's threads), and each
// verification is recorded, to count how many guesses at the real password were evaluated.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { authenticateMember, authenticateStaff } from '../../server/auth/authenticate';
import { createMemberWithAdmin, createStaffAccount } from '../support/auth';
import { testConfig, testDatabase } from '../support/stack';

const gate = vi.hoisted(() => ({ verified: [] as string[], open: Promise.resolve() }));

vi.mock('../../domain/password-hash', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../domain/password-hash')>();
  return {
    ...actual,
    verifyPassword: async (passwordHash: string, password: string) => {
      gate.verified.push(passwordHash);
      await gate.open;
      return actual.verifyPassword(passwordHash, password);
    },
  };
});

/** Closes the gate; the returned function opens it again. */
function closeGate(): () => void {
  gate.verified = [];
  let open = () => {};
  gate.open = new Promise((resolve) => {
    open = resolve;
  });
  return open;
}

/** Waits until `count` verifications have reached the gate (refused attempts verify a dummy hash). */
async function atGate(count: number): Promise<void> {
  await vi.waitFor(() => expect(gate.verified.length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 5 });
}

let db: Database;
// A long lock, so that it lasts until the end of every test however slow the run.
let auth: Config['auth'];
beforeAll(() => {
  db = testDatabase();
  auth = testConfig({ LOGIN_LOCK_DURATION: '10m' }).auth;
});
afterAll(() => db.close());

async function memberAccount() {
  const member = await createMemberWithAdmin(db);
  const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: member.userId }, rejectOnEmpty: true });
  const login = (password: string) => authenticateMember(db, auth, { businessCode: member.businessCode, userId: member.userId, password });
  return { member, user, login };
}

type Login = (password: string) => Promise<{ ok: boolean }>;

/** Three times the threshold of wrong passwords at once, then the right one while they all wait at the gate. */
async function floodThenRight(login: Login, password: string) {
  const open = closeGate();
  const flood = Array.from({ length: 3 * auth.lockThreshold }, (_, i) => login(`Wrong-pass${i}`));
  await atGate(flood.length);
  const right = login(password);
  await atGate(flood.length + 1);
  open();
  return { flood: await Promise.all(flood), right: await right };
}

describe('member login under parallel attempts', () => {
  it('evaluates at most the threshold of a flood, locks, and refuses the right password sent during it', async () => {
    const { member, user, login } = await memberAccount();
    const { flood, right } = await floodThenRight(login, member.password);

    expect(flood.every((outcome) => !outcome.ok)).toBe(true);
    expect(right).toEqual({ ok: false, reason: 'invalid' });
    expect(gate.verified.filter((hash) => hash === user.passwordHash)).toHaveLength(auth.lockThreshold);
    await user.reload();
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(user.lastLoginAt).toBeNull();
    expect(await login(member.password)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a right password whose verification ends after other attempts locked the account', async () => {
    const { member, user, login } = await memberAccount();
    const open = closeGate();
    const right = login(member.password);
    await atGate(1);
    const wrong = Array.from({ length: auth.lockThreshold - 1 }, (_, i) => login(`Wrong-pass${i}`));
    await atGate(auth.lockThreshold);
    open();

    expect(await right).toEqual({ ok: false, reason: 'invalid' });
    await Promise.all(wrong);
    await user.reload();
    expect(user.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(user.lastLoginAt).toBeNull();
  });

  it('still evaluates the attempt that reaches the threshold: the right password there logs in and lifts its lock', async () => {
    const { member, user, login } = await memberAccount();
    const open = closeGate();
    const wrong = Array.from({ length: auth.lockThreshold - 1 }, (_, i) => login(`Wrong-pass${i}`));
    await atGate(auth.lockThreshold - 1);
    const right = login(member.password);
    await atGate(auth.lockThreshold);
    open();

    expect((await right).ok).toBe(true);
    await Promise.all(wrong);
    await user.reload();
    expect(user.lockedUntil).toBeNull();
    expect(user.failedLoginCount).toBe(0);
  });
});

describe('staff login under parallel attempts', () => {
  it('evaluates at most the threshold of a flood, locks, and refuses the right password sent during it', async () => {
    const staff = await createStaffAccount(db);
    const account = await db.models.StaffUser.findOne({ where: { loginId: staff.loginId }, rejectOnEmpty: true });
    const login = (password: string) => authenticateStaff(db, auth, { loginId: staff.loginId, password });
    const { flood, right } = await floodThenRight(login, staff.password);

    expect(flood.every((outcome) => !outcome.ok)).toBe(true);
    expect(right).toEqual({ ok: false, reason: 'invalid' });
    expect(gate.verified.filter((hash) => hash === account.passwordHash)).toHaveLength(auth.lockThreshold);
    await account.reload();
    expect(account.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await login(staff.password)).toEqual({ ok: false, reason: 'invalid' });
  });
});

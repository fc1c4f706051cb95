// 会員一覧's 全 N 件 comes from counts kept by triggers (migration 0019): they must always equal
// the members counted, as members are added, change status and are removed. Other test files add
// members meanwhile, so each test holds off member writes while it compares (SHARE ROW EXCLUSIVE
// lets reads through).
import type { Transaction } from 'sequelize';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { memberCount } from '../../db/repositories/member-counts';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../domain/member-status';
import { sampleCompany } from '../support/auth';
import { uniqueBusinessCode } from '../support/business-codes';
import { testDatabase } from '../support/stack';

const STATUSES = Object.keys(MEMBER_STATUS_LABELS) as MemberStatus[];

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

/** Runs `check` with member writes held off, then undoes what it wrote. */
async function withMembersHeld(check: (transaction: Transaction) => Promise<void>): Promise<void> {
  const transaction = await db.sequelize.transaction();
  try {
    await db.sequelize.query('LOCK TABLE members IN SHARE ROW EXCLUSIVE MODE', { transaction });
    await check(transaction);
  } finally {
    await transaction.rollback();
  }
}

async function countedIn(transaction: Transaction): Promise<Record<string, number>> {
  const [rows] = await db.sequelize.query('SELECT status, count(*)::int AS members FROM members GROUP BY status', { transaction });
  return Object.fromEntries((rows as { status: string; members: number }[]).map((r) => [r.status, r.members]));
}

async function keptIn(transaction: Transaction): Promise<Record<string, number>> {
  const [rows] = await db.sequelize.query('SELECT status, members FROM member_status_counts WHERE members > 0', { transaction });
  return Object.fromEntries((rows as { status: string; members: number }[]).map((r) => [r.status, r.members]));
}

it('answers the number of members, in all and in each status, as counting them does', async () => {
  await withMembersHeld(async (transaction) => {
    const counted = await countedIn(transaction);
    expect(await memberCount(db, '')).toBe(Object.values(counted).reduce((sum, n) => sum + n, 0));
    for (const status of STATUSES) expect(await memberCount(db, status)).toBe(counted[status] ?? 0);
  });
});

it('follows members as they are added, change status (and keep it) and are removed', async () => {
  await withMembersHeld(async (transaction) => {
    const businessCode = uniqueBusinessCode();
    const steps: (() => Promise<unknown>)[] = [
      () => db.models.Member.create({ businessCode, companyName: '計数電力株式会社', company: sampleCompany('計数電力株式会社'), applicationId: null, joinedAt: new Date() }, { transaction }),
      () => db.models.Member.update({ status: 'withdrawn' }, { where: { businessCode }, transaction }),
      () => db.models.Member.update({ status: 'withdrawn', companyName: '計数電力改株式会社' }, { where: { businessCode }, transaction }),
      () => db.models.Member.destroy({ where: { businessCode }, transaction }),
    ];
    const before = await keptIn(transaction);
    expect(before).toEqual(await countedIn(transaction));
    const seen: Record<string, number>[] = [];
    for (const step of steps) {
      await step();
      const kept = await keptIn(transaction);
      expect(kept).toEqual(await countedIn(transaction));
      seen.push(kept);
    }
    // The member was there, first as a member and then as withdrawn, and is gone again.
    expect(seen[0]?.active).toBe((before.active ?? 0) + 1);
    expect(seen[1]?.withdrawn).toBe((before.withdrawn ?? 0) + 1);
    expect(seen[1]?.active ?? 0).toBe(before.active ?? 0);
    expect(seen[2]).toEqual(seen[1]);
    expect(seen[3]).toEqual(before);
  });
});

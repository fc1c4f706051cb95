// P4: latency of the staff's queue (加入申請一覧) and member search (会員一覧) with 1,000 and with
// 10,000 members (and a tenth as many applications), as the ratio of the two. The 1,000 figure is
// taken before and again after the 10,000 one (A-B-A), so that the machine warming up or slowing
// down over the minutes between them does not show as a ratio.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { BENCH_COMPANY, staffSession } from './accounts';
import { benchBusinessCode, SEARCH_CODES_FROM } from './business-codes';
import { median, timed } from './measure';
import type { BenchStack } from './stack';

const PAGES = {
  '加入申請一覧': '/staff/applications',
  '会員一覧': '/staff/members',
  '会員一覧（会社名で検索）': `/staff/members?companyName=${encodeURIComponent('性能試験電力0042')}`,
} as const;

export interface P4Result {
  /** at1000Ms is the mean of the figures before and after the 10,000 one (at1000BeforeMs, at1000AfterMs). */
  pages: Record<string, { at1000Ms: number; at10000Ms: number; ratio: number; at1000BeforeMs: number; at1000AfterMs: number }>;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Members (and applications under review) up to `total`, in batches. */
async function seed(db: Database, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 1_000) {
    const numbers = range(start, Math.min(to, start + 1_000));
    await db.models.Member.bulkCreate(
      numbers.map((n) => {
        const companyName = `性能試験電力${String(n).padStart(4, '0')}株式会社`;
        return { businessCode: benchBusinessCode(SEARCH_CODES_FROM + n), company: { ...BENCH_COMPANY, companyName }, companyName, applicationId: null, joinedAt: new Date(Date.now() - n * 60_000) };
      }),
    );
    await db.models.MembershipApplication.bulkCreate(
      numbers.filter((n) => n % 10 === 0).map((n) => ({
        id: randomUUID(), companyName: `審査待ち電力${n}`, contactName: '性能 太郎', email: `p4-${n}@example.co.jp`,
        status: 'under_review' as const, linkExpiresAt: new Date(), receiptNumber: `P4-${n}`,
      })),
    );
  }
}

/** Removes what seed(from, to) added. */
async function unseed(db: Database, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 1_000) {
    const numbers = range(start, Math.min(to, start + 1_000));
    await db.models.Member.destroy({ where: { businessCode: numbers.map((n) => benchBusinessCode(SEARCH_CODES_FROM + n)) } });
    await db.models.MembershipApplication.destroy({ where: { receiptNumber: numbers.filter((n) => n % 10 === 0).map((n) => `P4-${n}`) } });
  }
}

/**
 * Members join a few a week: measure the steady state, not autovacuum's work on the rows just
 * loaded or the checkpoint writing them out (either would run during the measurement, on the same
 * two cores). VACUUM FULL after a removal leaves the tables as compact as loading them did.
 */
async function settleTables(db: Database, full = false): Promise<void> {
  await db.sequelize.query(full ? 'VACUUM FULL ANALYZE members, membership_applications' : 'VACUUM ANALYZE');
  await db.sequelize.query('CHECKPOINT');
}

/** Requests made and not timed before each page's samples: JIT, pools and caches warm at both sizes. */
const WARM_UP = 10;

async function latencies(baseUrl: string, cookie: string, samples: number): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, path] of Object.entries(PAGES)) {
    const get = async () => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      await response.text();
    };
    for (let i = 0; i < WARM_UP; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < samples; i++) times.push(await timed(get));
    result[name] = median(times);
  }
  return result;
}

export async function measureSearchLatency(bench: BenchStack, samples: number): Promise<P4Result> {
  const { db } = bench.stack;
  const cookie = await staffSession(db, bench.baseUrl);
  await seed(db, 0, 1_000);
  await settleTables(db);
  const before = await latencies(bench.baseUrl, cookie, samples);
  await seed(db, 1_000, 10_000);
  await settleTables(db);
  const large = await latencies(bench.baseUrl, cookie, samples);
  await unseed(db, 1_000, 10_000);
  await settleTables(db, true);
  const after = await latencies(bench.baseUrl, cookie, samples);
  return {
    pages: Object.fromEntries(Object.keys(PAGES).map((name) => {
      const at1000BeforeMs = before[name] as number;
      const at1000AfterMs = after[name] as number;
      const at1000Ms = (at1000BeforeMs + at1000AfterMs) / 2;
      const at10000Ms = large[name] as number;
      return [name, { at1000Ms, at10000Ms, ratio: at10000Ms / at1000Ms, at1000BeforeMs, at1000AfterMs }];
    })),
  };
}

// P4: latency of the staff's queue (加入申請一覧) and member search (会員一覧) with 1,000 and with
// 10,000 members (and a tenth as many applications), as the ratio of the two. The sizes alternate,
// 1,000 before and after each round at 10,000 (A-B-A-B-…), and each round's 10,000 figure is set
// against the mean of the 1,000 figures on either side: the machine's pace drifts by a fifth over
// the minutes of loading and vacuuming, which a single comparison would show as a ratio.
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
  rounds: number;
  /** By page: the median latency at each size over the rounds, and the median of the rounds' ratios (each listed). */
  pages: Record<string, { at1000Ms: number; at10000Ms: number; ratio: number; ratios: number[] }>;
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

export async function measureSearchLatency(bench: BenchStack, samples: number, rounds: number): Promise<P4Result> {
  const { db } = bench.stack;
  const cookie = await staffSession(db, bench.baseUrl);
  await seed(db, 0, 1_000);
  await settleTables(db);
  const small = [await latencies(bench.baseUrl, cookie, samples)];
  const large: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    await seed(db, 1_000, 10_000);
    await settleTables(db);
    large.push(await latencies(bench.baseUrl, cookie, samples));
    await unseed(db, 1_000, 10_000);
    await settleTables(db, true);
    small.push(await latencies(bench.baseUrl, cookie, samples));
  }
  return {
    rounds,
    pages: Object.fromEntries(Object.keys(PAGES).map((name) => {
      const at = (figures: Record<string, number>) => figures[name] as number;
      const ratios = large.map((figures, round) => at(figures) / ((at(small[round] as Record<string, number>) + at(small[round + 1] as Record<string, number>)) / 2));
      return [name, { at1000Ms: median(small.map(at)), at10000Ms: median(large.map(at)), ratio: median(ratios), ratios }];
    })),
  };
}

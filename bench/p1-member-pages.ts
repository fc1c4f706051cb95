// P1: member page throughput and latency (logged in) against a bare route of the same server.
import { memberSession } from './accounts';
import { load, medianOf, type LoadResult } from './measure';
import type { BenchStack } from './stack';

/** 会員情報確認 and ユーザ情報一覧, where the server has them. */
const MEMBER_PAGES = { '会員情報確認': '/member/info', 'ユーザ情報一覧': '/member/users' } as const;
const FLOOR = '/healthz';

export interface P1Result {
  floor: LoadResult;
  pages: Record<string, LoadResult & { ratio: number }>;
}

export async function measureMemberPages(bench: BenchStack, runs: number, seconds: number): Promise<P1Result> {
  const cookie = await memberSession(bench.stack.db, bench.baseUrl, 'B001');
  const headers = { cookie };
  // A second of load first, unmeasured, so that every URL is measured warm (JIT, pools, caches).
  const warm = (url: string, headers?: Record<string, string>) => load(url, 1, headers);
  await warm(`${bench.baseUrl}${FLOOR}`);
  const floor = await medianOf(runs, () => load(`${bench.baseUrl}${FLOOR}`, seconds));
  const pages: P1Result['pages'] = {};
  for (const [name, path] of Object.entries(MEMBER_PAGES)) {
    const probe = await fetch(`${bench.baseUrl}${path}`, { headers, redirect: 'manual' });
    if (probe.status !== 200) continue;
    await warm(`${bench.baseUrl}${path}`, headers);
    const result = await medianOf(runs, () => load(`${bench.baseUrl}${path}`, seconds, headers));
    pages[name] = { ...result, ratio: result.requestsPerSecond / floor.requestsPerSecond };
  }
  return { floor, pages };
}

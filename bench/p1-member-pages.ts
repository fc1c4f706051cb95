// P1: member page throughput and latency (logged in) against a bare route of the same server.
import { memberSession } from './accounts';
import { load, median, medianFigures, medianOf, type LoadResult } from './measure';
import type { BenchStack } from './stack';

/** 会員情報確認 and ユーザ情報一覧, where the server has them. */
const MEMBER_PAGES = { '会員情報確認': '/member/info', 'ユーザ情報一覧': '/member/users' } as const;
const FLOOR = '/healthz';

export interface P1Result {
  floor: LoadResult;
  pages: Record<string, LoadResult & { ratio: number }>;
}

/**
 * Each run loads the floor and then the page, back to back, and the ratio is the median of the
 * runs' own ratios: the machine's load drifts over a minute, and a floor measured minutes apart
 * from its page would carry that drift into the ratio.
 */
export async function measureMemberPages(bench: BenchStack, runs: number, seconds: number): Promise<P1Result> {
  const cookie = await memberSession(bench.stack.db, bench.baseUrl, 'B001');
  const headers = { cookie };
  const floorUrl = `${bench.baseUrl}${FLOOR}`;
  // A second of load first, unmeasured, so that every URL is measured warm (JIT, pools, caches).
  const warm = (url: string, headers?: Record<string, string>) => load(url, 1, headers);
  await warm(floorUrl);
  const floors: LoadResult[] = [];
  const pages: P1Result['pages'] = {};
  for (const [name, path] of Object.entries(MEMBER_PAGES)) {
    const url = `${bench.baseUrl}${path}`;
    const probe = await fetch(url, { headers, redirect: 'manual' });
    if (probe.status !== 200) continue;
    await warm(url, headers);
    const ratios: number[] = [];
    const result = await medianOf(runs, async () => {
      const floor = await load(floorUrl, seconds);
      const page = await load(url, seconds, headers);
      floors.push(floor);
      ratios.push(page.requestsPerSecond / floor.requestsPerSecond);
      return page;
    });
    pages[name] = { ...result, ratio: median(ratios) };
  }
  return { floor: medianFigures(floors), pages };
}

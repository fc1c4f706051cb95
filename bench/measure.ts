// Measuring helpers: medians over runs and autocannon against a URL.
import autocannon from 'autocannon';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// A type alias rather than an interface, so that it fits medianOf's Record<string, number>.
export type LoadResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
};

export async function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const result = await autocannon({ url, duration: seconds, connections: 10, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** Runs `measure` `runs` times and keeps the median of each figure. */
export async function medianOf<T extends Record<string, number>>(runs: number, measure: () => Promise<T>): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  return medianFigures(results);
}

/** The median of each figure over results already measured. */
export function medianFigures<T extends Record<string, number>>(results: T[]): T {
  const keys = Object.keys(results[0] as T) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key] as number))])) as T;
}

export async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

// 事業者コード for the benchmarks' members: four characters, distinct for distinct numbers, so that
// figures sharing one stack (P3's approvals, P4's members, P5's member workflows) never reuse a code.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function benchBusinessCode(n: number): string {
  let text = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / ALPHABET.length)) text += ALPHABET[n % ALPHABET.length];
  return text;
}

/** P4 numbers its 10,000 members from here, above P5's 10,000 member workflows. */
export const SEARCH_CODES_FROM = 100_000;

/** P3 numbers its approvals from here, above P4's range. */
export const JOINING_CODES_FROM = 500_000;

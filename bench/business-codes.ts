// 事業者コード for the benchmarks' members: four characters, distinct for distinct numbers, so that
// figures sharing one stack (P3's approvals, P5's members) never reuse a code.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function benchBusinessCode(n: number): string {
  let text = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / ALPHABET.length)) text += ALPHABET[n % ALPHABET.length];
  return text;
}

/** P3 numbers its approvals from here, well above P5's 10,000 members. */
export const JOINING_CODES_FROM = 500_000;

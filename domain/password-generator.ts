// Initial and reset passwords (mailed to the user, changed at first login). They meet the
// manual's rule: upper, lower, digit and an allowed symbol (+ - _ @ . /).
import { randomInt } from 'node:crypto';

// No look-alikes (0/O, 1/l/I) in a password that is read from a mail and typed.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGIT = '23456789';
const SYMBOL = '+-_@./';

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)] as string;
}

export function generatePassword(length = 14): string {
  const all = UPPER + LOWER + DIGIT;
  const chars = [pick(UPPER), pick(LOWER), pick(DIGIT), pick(SYMBOL)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

// Initial and reset passwords (mailed to the user or printed once, changed at first login). They
// meet the configured policy, so the mailed password is one the user could have chosen.
import { randomInt } from 'node:crypto';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './password-policy';

// No look-alikes (0/O, 1/l/I) in a password that is read from a mail and typed.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGIT = '23456789';
/** Long enough to be unguessable however short the policy lets users' own passwords be. */
const MIN_GENERATED_LENGTH = 14;

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)] as string;
}

/**
 * A password of max(14, minLength) characters with an upper-case letter, a lower-case letter, a
 * digit and one of the policy's symbols: all four types, so any required number of them is met.
 * The manual's policy is the default for callers without the configuration at hand.
 */
export function generatePassword(policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string {
  const length = Math.max(MIN_GENERATED_LENGTH, policy.minLength);
  const all = UPPER + LOWER + DIGIT;
  const chars = [pick(UPPER), pick(LOWER), pick(DIGIT), pick(policy.symbols)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

// 加入申請受付番号: read out on the phone, so an alphabet without look-alikes (no 0/O, 1/I/L, U/V)
// and a check character that catches any single wrong character and any swap of neighbours.
// Format "J-7K3M-9Q2P": seven random characters and the check character.
import { toHalfWidth } from './forms/text';

// 29 characters: a prime, so the weighted sum below detects every single substitution and every
// adjacent transposition.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const PATTERN = /^J-([2-9A-HJKMNP-TW-Z]{4})-([2-9A-HJKMNP-TW-Z]{4})$/;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * ALPHABET.indexOf(body[i] as string);
  return ALPHABET[sum % ALPHABET.length] as string;
}

/** A new number from seven random indexes (0 … 28); the caller brings the randomness. */
export function receiptNumberFrom(randomIndex: () => number): string {
  let body = '';
  for (let i = 0; i < 7; i++) body += ALPHABET[randomIndex() % ALPHABET.length];
  const full = body + checkCharacter(body);
  return `J-${full.slice(0, 4)}-${full.slice(4)}`;
}

export const RECEIPT_ALPHABET_SIZE = ALPHABET.length;

/** Upper-case, half-width, hyphens where they belong; undefined when it cannot be a valid number. */
export function normalizeReceiptNumber(input: string): string | undefined {
  const compact = toHalfWidth(input).toUpperCase().replace(/[\s-]/g, '');
  const body = compact.startsWith('J') ? compact.slice(1) : compact;
  if (body.length !== 8) return undefined;
  const candidate = `J-${body.slice(0, 4)}-${body.slice(4)}`;
  const match = PATTERN.exec(candidate);
  if (!match) return undefined;
  const chars = `${match[1]}${match[2]}`;
  return checkCharacter(chars.slice(0, 7)) === chars[7] ? candidate : undefined;
}

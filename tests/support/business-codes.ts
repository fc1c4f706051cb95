// 事業者コード for tests, unique in the whole run. Test files run in parallel processes against one
// database, and random four-character codes collided often enough over a run's hundreds of
// members and applications to refuse a test's code now and then. Each code is claimed by creating
// a file of its name, exclusively, in a directory the run's global setup made: one process wins.
import { randomInt } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

// Without 0, 1, I and O: the codes tests write out themselves (B001 …) are never drawn.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A 事業者コード no other test of this run has drawn. */
export function uniqueBusinessCode(): string {
  const claimed = inject('businessCodesDir');
  for (;;) {
    const code = Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    try {
      closeSync(openSync(path.join(claimed, code), 'wx'));
      return code;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

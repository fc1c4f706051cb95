// Workflows already running when a new worker version starts must replay on it. These histories
// were recorded on the real dev server by earlier versions of the joining workflow (v1: database
// steps as ordinary activities; v2: as local activities) and are replayed on today's code.
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORKFLOWS_PATH } from '../../activities/worker';

const HISTORIES = fileURLToPath(new URL('./histories/', import.meta.url));

describe('membershipApplication replay', () => {
  const files = readdirSync(HISTORIES).filter((name) => name.endsWith('.json'));

  it('has the histories of every version so far', () => {
    expect(files.some((name) => name.includes('-v1-'))).toBe(true);
    expect(files.some((name) => name.includes('-v2-'))).toBe(true);
  });

  it.each(files)('replays %s without nondeterminism', async (name) => {
    // Stored as the client's fetchHistory() gave it, serialised; fromObject undoes that exactly.
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(`${HISTORIES}${name}`, 'utf8')));
    await expect(Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH }, history)).resolves.toBeUndefined();
  }, 60_000);
});

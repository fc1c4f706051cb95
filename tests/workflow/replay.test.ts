// Workflows already running when a new worker version starts must replay on it. These histories
// were recorded on the real dev server by earlier versions of the workflows and are replayed on
// today's code: the joining workflow (v1: database steps as ordinary activities; v2: as local
// activities) and the change request (v1: a decision's update waited for its mail; v2: the mail
// goes out after the answer; v3: an approved 会社名 is signalled to the member's workflow).
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOWS_PATH } from '../../activities/worker';

const HISTORIES = fileURLToPath(new URL('./histories/', import.meta.url));

/** The versions of each workflow so far; a new version adds its name here and its histories. */
const VERSIONS: Record<string, readonly string[]> = {
  'membership-application': ['v1', 'v2'],
  'change-request': ['v1', 'v2', 'v3'],
};

// Webpack's progress is noise here; its errors are not.
const silent = () => undefined;
const quietBundlerLogger = { trace: silent, debug: silent, info: silent, warn: silent, error: console.error, log: silent };

describe('replay of recorded histories', () => {
  const files = readdirSync(HISTORIES).filter((name) => name.endsWith('.json'));
  let workflowBundle: WorkflowBundleWithSourceMap;

  // One bundle for every history: bundling per replay would cost seconds each.
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
  }, 60_000);

  it.each(Object.entries(VERSIONS))('has a history of every version of %s', (workflow, versions) => {
    for (const version of versions) expect(files.some((name) => name.startsWith(`${workflow}-${version}-`)), `${workflow} ${version}`).toBe(true);
  });

  it.each(files)('replays %s without nondeterminism', async (name) => {
    // Stored as the client's fetchHistory() gave it, serialised; fromObject undoes that exactly.
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(`${HISTORIES}${name}`, 'utf8')));
    await expect(Worker.runReplayHistory({ workflowBundle }, history)).resolves.toBeUndefined();
  }, 60_000);
});

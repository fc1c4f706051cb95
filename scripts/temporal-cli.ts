// Finds the Temporal CLI (which carries the dev server and its Web UI), building it from the Go
// module proxy into a per-user cache when missing, so one build serves every clone and CI run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

function cacheBinDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'occto-member', 'bin');
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function findTemporalCli(): string | undefined {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`TEMPORAL_CLI points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const cached = path.join(cacheBinDir(), 'temporal');
  return onPath('temporal') ?? (existsSync(cached) ? cached : undefined);
}

export function ensureTemporalCli(log: (line: string) => void = console.log): string {
  const found = findTemporalCli();
  if (found) return found;
  if (!onPath('go')) {
    throw new Error(
      'The Temporal CLI was not found and Go is not installed to build it.\n' +
        `Install Go (https://go.dev/doc/install) and run npm start again, or build it yourself with\n` +
        `  GOTOOLCHAIN=local go install ${TEMPORAL_CLI_MODULE}\n` +
        'and set TEMPORAL_CLI to the binary (or put it on PATH).',
    );
  }
  const binDir = cacheBinDir();
  mkdirSync(binDir, { recursive: true });
  log(`Building the Temporal CLI into ${binDir} (once per machine; takes several minutes)…`);
  const started = Date.now();
  const result = spawnSync('go', ['install', TEMPORAL_CLI_MODULE], {
    stdio: 'inherit',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: binDir },
  });
  if (result.status !== 0) throw new Error(`go install ${TEMPORAL_CLI_MODULE} failed (exit ${result.status}).`);
  log(`Temporal CLI built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return path.join(binDir, 'temporal');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureTemporalCli());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

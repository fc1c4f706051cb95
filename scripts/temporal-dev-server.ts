// Runs `temporal server start-dev` with the project's search attributes and a retention long enough
// for operators to look back at closed workflows (the dev server keeps them only 24 h by default).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { ALL_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import { waitForPort } from './ports';

export interface TemporalDevServerOptions {
  cliPath: string;
  port: number;
  uiPort?: number;
  namespace: string;
  /** SQLite file that keeps workflows across restarts; in memory when absent. */
  dbFile?: string;
  retention: string;
  log?: (line: string) => void;
}

export interface RunningTemporalDevServer {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const SEARCH_ATTRIBUTE_TYPE_NAMES: Record<string, string> = { KEYWORD: 'Keyword', TEXT: 'Text', INT: 'Int', BOOL: 'Bool' };

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<RunningTemporalDevServer> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  if (options.namespace !== 'default') args.push('--namespace', options.namespace);
  for (const key of ALL_SEARCH_ATTRIBUTES) {
    args.push('--search-attribute', `${key.name}=${SEARCH_ATTRIBUTE_TYPE_NAMES[key.type] ?? 'Keyword'}`);
  }
  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    options.log?.(text.trimEnd());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`temporal server start-dev exited (${code}):\n${output.join('')}`))),
  );
  // The SDK's own wait is only 5 s; a persisted database can take longer to open.
  await Promise.race([waitForPort(options.port, 60_000), exited]);
  const address = `127.0.0.1:${options.port}`;
  await raiseRetention(options.cliPath, address, options.namespace, options.retention);
  return {
    address,
    process: child,
    stop: () => stopChild(child),
  };
}

async function raiseRetention(cliPath: string, address: string, namespace: string, retention: string): Promise<void> {
  // The frontend accepts connections a moment before the namespace is usable: retry briefly.
  let last = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = spawnSync(cliPath, ['operator', 'namespace', 'update', '--address', address, '--retention', retention, namespace], {
      encoding: 'utf8',
    });
    if (result.status === 0) return;
    last = `${result.stdout}${result.stderr}`;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Could not set the retention of namespace ${namespace}: ${last}`);
}

export function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

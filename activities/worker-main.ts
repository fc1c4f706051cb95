// The worker process (`npm run worker`): runs workflows and activities until SIGINT/SIGTERM.
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '../config';
import { createLogger } from '../config/logger';
import { requireRuntimeAddresses } from '../config/runtime';
import { openDatabase } from '../db/database';
import { STAFF_DIGEST_WORKFLOW_ID, staffDigest } from '../workflows/staff-digest';
import { activityDepsFromConfig } from './deps';
import { installSdkLogger } from './sdk-logger';
import { createWorker } from './worker';

const config = loadConfig();
const log = createLogger(config, 'worker');
const addresses = requireRuntimeAddresses(config);
installSdkLogger(log);
const db = openDatabase(addresses.databaseUrl);
const connection = await NativeConnection.connect({ address: addresses.temporalAddress });
const deps = activityDepsFromConfig(config, db, addresses.smtpHost);
const worker = await createWorker({
  connection,
  namespace: config.temporal.namespace,
  taskQueue: config.temporal.taskQueue,
  deps,
  maxCachedWorkflows: config.temporal.maxCachedWorkflows,
});
// The staff digest runs as one workflow per namespace; any worker makes sure it exists.
const client = new Client({ connection: await Connection.connect({ address: addresses.temporalAddress }), namespace: config.temporal.namespace });
await client.workflow.start(staffDigest, {
  taskQueue: config.temporal.taskQueue,
  workflowId: STAFF_DIGEST_WORKFLOW_ID,
  workflowIdConflictPolicy: 'USE_EXISTING',
});
await client.connection.close();
log.info({ taskQueue: config.temporal.taskQueue }, 'worker started');
const running = worker.run();
// Tells `npm start` (when it is the parent) that workflows are bundled and polling has begun, and
// stops with the parent if it goes away without stopping us.
process.send?.('ready');
process.once('disconnect', () => worker.shutdown());
// The channel to the parent must not keep this process alive once the worker has stopped.
process.channel?.unref();
await running;
await connection.close();
await db.close();
// The pooled SMTP connections would otherwise keep the process alive after the worker stops.
deps.mailer.close();
log.info('worker stopped');

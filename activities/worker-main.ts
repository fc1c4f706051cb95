// The worker process (`npm run worker`): runs workflows and activities until SIGINT/SIGTERM.
import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '../config';
import { createLogger } from '../config/logger';
import { requireRuntimeAddresses } from '../config/runtime';
import { openDatabase } from '../db/database';
import { createMailer } from './mail/mailer';
import { installSdkLogger } from './sdk-logger';
import { createWorker } from './worker';

const config = loadConfig();
const log = createLogger(config, 'worker');
const addresses = requireRuntimeAddresses(config);
installSdkLogger(log);
const db = openDatabase(addresses.databaseUrl);
const connection = await NativeConnection.connect({ address: addresses.temporalAddress });
const worker = await createWorker({
  connection,
  namespace: config.temporal.namespace,
  taskQueue: config.temporal.taskQueue,
  deps: {
    db,
    mailer: createMailer({ ...config.smtp, host: addresses.smtpHost }),
    mailFrom: config.mailFrom,
    publicBaseUrl: config.web.publicBaseUrl,
    appSecret: config.appSecret,
  },
});
log.info({ taskQueue: config.temporal.taskQueue }, 'worker started');
const running = worker.run();
// Tells `npm start` (when it is the parent) that workflows are bundled and polling has begun.
process.send?.('ready');
await running;
await connection.close();
await db.close();
log.info('worker stopped');

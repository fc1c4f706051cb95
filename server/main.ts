// The web process (`npm run web`): member portal, staff console and public pages on one port.
import { serve } from '@hono/node-server';
import { loadConfig } from '../config';
import { createLogger } from '../config/logger';
import { requireRuntimeAddresses } from '../config/runtime';
import { openDatabase } from '../db/database';
import { createApp } from './app';
import { answerUnparsableRequests } from './client-errors';
import { createTemporalClient } from './temporal-client';

const config = loadConfig();
const logger = createLogger(config, 'web');
const addresses = requireRuntimeAddresses(config);
const db = openDatabase(addresses.databaseUrl);
const temporal = createTemporalClient(addresses.temporalAddress, config.temporal.namespace);
const app = createApp({ config, db, temporal, logger });

const server = serve({ fetch: app.fetch, hostname: config.web.host, port: config.web.port }, (info) => {
  logger.info({ port: info.port }, 'web server listening');
  // Tells `npm start` (when it is the parent) that pages are being served; a parent that goes
  // away without stopping us takes us with it.
  process.send?.('ready');
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
});
answerUnparsableRequests(server);
server.on('error', (error: NodeJS.ErrnoException) => {
  logger.fatal(error.code === 'EADDRINUSE' ? `Port ${config.web.port} is already in use: set WEB_PORT to another port.` : error.message);
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(async () => {
      await temporal.connection.close();
      await db.close();
      logger.info('web server stopped');
      process.exit(0);
    });
  });
}

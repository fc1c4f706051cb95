// The benchmarks' stack: the fault tests' private stack (real Temporal dev server, PostgreSQL,
// mail inbox, worker processes) plus a web server and a floor worker in this process.
import { serve, type ServerType } from '@hono/node-server';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../config';
import { createLogger } from '../config/logger';
import { installSdkLogger } from '../activities/sdk-logger';
import { createApp } from '../server/app';
import { createTemporalClient } from '../server/temporal-client';
import { freePort } from '../scripts/ports';
import { startPrivateStack, type PrivateStack } from '../tests/support/private-stack';

export const FLOOR_TASK_QUEUE = 'bench-floor';

export interface BenchStack {
  stack: PrivateStack;
  config: Config;
  client: Client;
  baseUrl: string;
  workerPid: number;
  stop(): Promise<void>;
}

export async function startBenchStack(): Promise<BenchStack> {
  installSdkLogger(createLogger({ logLevel: 'warn' }, 'bench'));
  const webPort = await freePort();
  const baseUrl = `http://127.0.0.1:${webPort}`;
  const stack = await startPrivateStack({ PUBLIC_BASE_URL: baseUrl, TEMPORAL_TASK_QUEUE: 'occto-bench' });
  const worker = await stack.startWorker();
  const config = loadConfig(stack.env);
  const temporal = createTemporalClient(stack.env.TEMPORAL_ADDRESS as string, 'default');
  const app = createApp({ config, db: stack.db, temporal, logger: createLogger({ logLevel: 'silent' }, 'web') });
  const server: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: webPort });

  const nativeConnection = await NativeConnection.connect({ address: stack.env.TEMPORAL_ADDRESS });
  const floorWorker = await Worker.create({
    connection: nativeConnection,
    taskQueue: FLOOR_TASK_QUEUE,
    workflowsPath: fileURLToPath(new URL('./floor-workflows.ts', import.meta.url)),
  });
  const floorRun = floorWorker.run();
  const client = new Client({ connection: await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS }) });

  return {
    stack,
    config,
    client,
    baseUrl,
    workerPid: worker.pid as number,
    async stop() {
      floorWorker.shutdown();
      await floorRun;
      await nativeConnection.close();
      await client.connection.close();
      await temporal.connection.close();
      await new Promise((resolve) => server.close(resolve));
      await stack.stop();
    },
  };
}

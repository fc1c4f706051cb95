// A worker of a test's own, on its own task queue, for tests that change what activities see
// (a stopped mail server, short reminder periods) without touching the run's shared worker.
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import type { ActivityDeps } from '../../activities/deps';
import { createWorker } from '../../activities/worker';
import type { Config } from '../../config';

export interface OwnWorker {
  taskQueue: string;
  client: Client;
  stop(): Promise<void>;
}

export async function startOwnWorker(config: Config, deps: ActivityDeps, label: string): Promise<OwnWorker> {
  const taskQueue = `${label}-${randomUUID()}`;
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({ connection, namespace: config.temporal.namespace, taskQueue, deps });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address: config.temporal.address }) });
  return {
    taskQueue,
    client,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await client.connection.close();
    },
  };
}

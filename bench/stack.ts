// The benchmarks' stack: the fault tests' private stack (real Temporal dev server, PostgreSQL,
// mail inbox, worker processes), the web server in a process of its own (as deployed, and apart
// from the load generator), and a floor worker in this process.
import { spawn } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../config';
import { createLogger } from '../config/logger';
import { installSdkLogger } from '../activities/sdk-logger';
import { floorActivities } from './floor-activities';
import { freePort } from '../scripts/ports';
import { stopChild } from '../scripts/temporal-dev-server';
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
  // What is started is stopped again, last first, also when a later step fails to start.
  const started: (() => Promise<void>)[] = [() => stack.stop()];
  const stopStarted = async () => {
    for (const stop of started.splice(0).reverse()) await stop();
  };
  try {
    // BENCH_WORKER_PROFILE_DIR / BENCH_WEB_PROFILE_DIR=dir write that process's CPU profiles there
    // when the bench ends (the worker's one per thread: main, then the workflow thread).
    const profileInto = (dir: string | undefined) => (dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []);
    const worker = await stack.startWorker(profileInto(process.env.BENCH_WORKER_PROFILE_DIR));
    const config = loadConfig(stack.env);
    const web = spawn(process.execPath, [...profileInto(process.env.BENCH_WEB_PROFILE_DIR), '--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ...stack.env, HOST: '127.0.0.1', WEB_PORT: String(webPort) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    started.push(() => stopChild(web));
    await new Promise((resolve, reject) => {
      web.once('message', resolve);
      web.once('exit', (code) => reject(new Error(`web server exited (${code})`)));
    });

    const nativeConnection = await NativeConnection.connect({ address: stack.env.TEMPORAL_ADDRESS });
    started.push(() => nativeConnection.close());
    const floorWorker = await Worker.create({
      connection: nativeConnection,
      taskQueue: FLOOR_TASK_QUEUE,
      workflowsPath: fileURLToPath(new URL('./floor-workflows.ts', import.meta.url)),
      activities: floorActivities,
    });
    const floorRun = floorWorker.run();
    started.push(async () => {
      floorWorker.shutdown();
      await floorRun;
    });
    const client = new Client({ connection: await Connection.connect({ address: stack.env.TEMPORAL_ADDRESS }) });
    started.push(() => client.connection.close());

    return { stack, config, client, baseUrl, workerPid: worker.pid as number, stop: stopStarted };
  } catch (error) {
    await stopStarted();
    throw error;
  }
}

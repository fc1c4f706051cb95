// P5: resident memory of a worker process holding 10,000 open member workflows.
import { readFileSync } from 'node:fs';
import { member, memberWorkflowId } from '../workflows/member';
import { benchBusinessCode } from './business-codes';
import type { BenchStack } from './stack';

export interface P5Result {
  workflows: number;
  rssMb: number;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
}

export async function measureWorkerMemory(bench: BenchStack, count: number): Promise<P5Result> {
  const { client, config } = bench;
  const concurrency = 50;
  for (let start = 0; start < count; start += concurrency) {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, count - start) }, (_, i) => {
        const businessCode = benchBusinessCode(start + i);
        return client.workflow.start(member, {
          taskQueue: config.temporal.taskQueue,
          workflowId: memberWorkflowId(businessCode),
          args: [{ businessCode, companyName: `性能試験電力${businessCode}`, applicationId: '00000000-0000-4000-8000-000000000000' }],
        });
      }),
    );
  }
  // Wait until the worker has run every workflow's first task (each sets its search attributes).
  for (;;) {
    const { count: open } = await client.workflow.count(`OcctoKind = "member" AND ExecutionStatus = "Running"`);
    if (open >= count) break;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  await new Promise((r) => setTimeout(r, 3_000));
  return { workflows: count, rssMb: rssMb(bench.workerPid) };
}

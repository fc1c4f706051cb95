// P2: from a staff decision (保留, posted in the console) to the applicant's status page showing
// it, against a raw Temporal update round trip on a trivial workflow.
import { randomUUID } from 'node:crypto';
import { statusPanelPath } from '../domain/status-link-token';
import { issueBusinessCodeUpdate, submitFinalApplicationUpdate, submitProvisionalApplicationUpdate } from '../workflows/messages';
import { membershipApplication, membershipApplicationWorkflowId } from '../workflows/membership-application';
import { BENCH_COMPANY, benchApplication, staffSession } from './accounts';
import { updateEcho, pokeUpdate } from './floor-workflows';
import { median, timed } from './measure';
import { FLOOR_TASK_QUEUE, type BenchStack } from './stack';

export interface P2Result {
  floorMs: number;
  decisionToPageMs: number;
  ratio: number;
}

const APPLICATION = benchApplication('p2-admin@example.co.jp');

export async function measureDecisionLatency(bench: BenchStack, samples: number): Promise<P2Result> {
  const { client, config, baseUrl } = bench;
  const echo = await client.workflow.start(updateEcho, { taskQueue: FLOOR_TASK_QUEUE, workflowId: `bench-echo-${randomUUID()}` });
  const applicationId = randomUUID();
  const handle = await client.workflow.start(membershipApplication, {
    taskQueue: config.temporal.taskQueue,
    workflowId: membershipApplicationWorkflowId(applicationId),
    args: [{ applicationId, companyName: BENCH_COMPANY.companyName, contactName: '性能 花子', email: 'p2-admin@example.co.jp', linkExpiryMs: 3_600_000 }],
  });
  const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [APPLICATION] });
  await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: 'P2B1', staff: 'bench' }] });
  const cookie = await staffSession(bench.stack.db, baseUrl);
  const panel = `${baseUrl}${statusPanelPath(config.appSecret, receiptNumber)}`;

  // Floor and decision samples alternate, so both meet the machine in the same state.
  const floor: number[] = [];
  const real: number[] = [];
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < 3; j++) floor.push(await timed(() => echo.executeUpdate(pokeUpdate)));
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode: 'P2B1', data: APPLICATION }] });
    // Staff read an application before deciding: the decision meets a workflow done with 本申請
    // (its mail sent), not one still finishing it.
    await new Promise((r) => setTimeout(r, 300));
    const reason = `性能試験の保留理由${i}-${randomUUID().slice(0, 6)}`;
    real.push(
      await timed(async () => {
        const response = await fetch(`${baseUrl}/staff/applications/${applicationId}/decision`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, cookie },
          // The press on the decision's confirmation page, which makes it.
          body: new URLSearchParams({ decision: 'hold', reason, confirmed: 'yes' }).toString(),
        });
        if (response.status !== 303) throw new Error(`decision answered ${response.status}`);
        while (!(await (await fetch(panel)).text()).includes(reason)) await new Promise((r) => setTimeout(r, 5));
      }),
    );
  }
  await Promise.all([handle.terminate('bench done'), echo.terminate('bench done')]);
  const floorMs = median(floor);
  const decisionToPageMs = median(real);
  return { floorMs, decisionToPageMs, ratio: decisionToPageMs / floorMs };
}

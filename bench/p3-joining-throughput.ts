// P3: whole joining lifecycles per minute through HTTP with N concurrent applicants (リンク確認,
// 仮申請, 事業者コード発行, 本申請, 承認, until the member, its 管理者 and their mails exist), against
// no-op workflows making the same Temporal state transitions (the floor), and against no-op
// workflows taking the start and four updates alone (the business steps without their work).
import { randomUUID } from 'node:crypto';
import { valuesOf, type FormValues } from '../domain/forms/application';
import { joinLinkMail } from '../templates/mail/join-link';
import { memberWorkflowId } from '../workflows/member';
import { membershipApplicationWorkflowId } from '../workflows/membership-application';
import { BENCH_COMPANY, benchApplication, staffSession } from './accounts';
import { benchBusinessCode, JOINING_CODES_FROM } from './business-codes';
import { watchMailLinks } from './mail-links';
import { floorMemberWorkflowId, JOINING_UPDATES, noopJoiningLifecycle, noopLifecycle, pokeUpdate } from './floor-workflows';
import { linkMailFor } from './floor-activities';
import { median, medianOf } from './measure';
import { cpuByRole, cpuSpentSince, totalCpu, type CpuByRole } from './process-cpu';
import { FLOOR_TASK_QUEUE, type BenchStack } from './stack';

/** 仮申請, 事業者コード, 本申請, 承認: the updates one lifecycle makes after its start. */
const UPDATES = JOINING_UPDATES.length;

export interface P3Result {
  applicants: number;
  lifecyclesPerRun: number;
  floorPerMinute: number;
  joiningPerMinute: number;
  /** The median of the runs' own ratios (each run measures both sides back to back), and each run's. */
  ratio: number;
  ratios: number[];
  /** No-op workflows taking the start and four updates alone, and the joining lifecycles' ratio to them. */
  updatesOnlyPerMinute: number;
  updatesOnlyRatio: number;
  /** Temporal's state transitions per lifecycle (its workflow and the member's; median of the runs' means). */
  stateTransitions: { floor: number; joining: number; updatesOnly: number };
  /** CPU milliseconds per lifecycle, all processes of the stack together (median of the runs). */
  floorCpuMs: number;
  updatesOnlyCpuMs: number;
  joiningCpuMs: number;
  /** The same by process, for each run. */
  cpuByRun: { floor: CpuByRole; updatesOnly: CpuByRole; joining: CpuByRole }[];
}

type Entries = [string, string][];

function entriesOf(values: FormValues): Entries {
  return Object.entries(values).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v): [string, string] => [name, v]) : [[name, value ?? '']]));
}

const submissionIdOf = (html: string) => /name="submissionId" value="([0-9a-f-]{36})"/.exec(html)?.[1] ?? '';

/** The subject of the mail sent after リンク確認 (templates/mail/join-link.ts). */
const JOIN_LINK_SUBJECT = joinLinkMail({ companyName: '', contactName: '', url: '', expiresAt: new Date() }).subject;

/** Runs `count` lifecycles, `concurrency` at a time; answers lifecycles per minute. */
async function perMinute(count: number, concurrency: number, lifecycle: () => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await lifecycle();
    }),
  );
  return (count / (performance.now() - started)) * 60_000;
}

export async function measureJoiningThroughput(bench: BenchStack, runs: number, applicants: number): Promise<P3Result> {
  const { client, baseUrl } = bench;
  const staffCookie = await staffSession(bench.stack.db, baseUrl);
  const lifecyclesPerRun = applicants * 4;
  let codes = JOINING_CODES_FROM;

  async function post(path: string, entries: Entries, cookie?: string): Promise<Response> {
    const response = await fetch(path.startsWith('http') ? path : `${baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(entries).toString(),
    });
    if (response.status !== 303 && response.status !== 200) throw new Error(`POST ${path} answered ${response.status}`);
    return response;
  }

  const mails = await watchMailLinks(bench.stack.inbox.webUrl, JOIN_LINK_SUBJECT, /https?:\/\/\S+\/provisional\S*/);

  /** Each lifecycle answers the workflows it made: its own and the member's. */
  async function joining(): Promise<string[]> {
    const applicationId = randomUUID();
    const email = `p3-${applicationId}@example.co.jp`;
    const businessCode = benchBusinessCode(codes++);
    await post('/join/link', entriesOf({ applicationId, companyName: BENCH_COMPANY.companyName, contactName: '性能 花子', email, emailConfirmation: email }));
    const link = await mails.linkFor(email);
    const form = await (await fetch(link)).text();
    const fields = entriesOf(valuesOf(benchApplication(email)));
    const provisional = await post(link, [...fields, ['submissionId', submissionIdOf(form)]]);
    const received = await (await fetch(`${baseUrl}${provisional.headers.get('location')}`)).text();
    const receiptNumber = /J-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(received)?.[0];
    if (!receiptNumber) throw new Error('no 受付番号 on the received page');

    // 事業者コード発行 on the form, then on its confirmation page.
    const code: Entries = [['businessCode', businessCode]];
    await post(`/staff/applications/${applicationId}/business-code`, code, staffCookie);
    await post(`/staff/applications/${applicationId}/business-code`, [...code, ['confirmed', 'yes']], staffCookie);

    const lookup: Entries = [['receiptNumber', receiptNumber], ['lookupEmail', email]];
    const redisplayed = await (await post('/join/final/redisplay', lookup)).text();
    const consents: Entries = [['consentArticles', 'yes'], ['consentTerms', 'yes'], ['consentNotice', 'yes']];
    await post('/join/final', [...fields, ...lookup, ...consents, ['businessCode', businessCode], ['submissionId', submissionIdOf(redisplayed)]]);

    // 承認 on the panel, then on its confirmation page.
    const approval: Entries = [['decision', 'approve']];
    await post(`/staff/applications/${applicationId}/decision`, approval, staffCookie);
    await post(`/staff/applications/${applicationId}/decision`, [...approval, ['confirmed', 'yes']], staffCookie);
    // Done when the workflow is: member, 管理者 and the password mail made.
    await client.workflow.getHandle(membershipApplicationWorkflowId(applicationId)).result();
    return [membershipApplicationWorkflowId(applicationId), memberWorkflowId(businessCode)];
  }

  async function floor(): Promise<string[]> {
    const workflowId = `bench-joining-floor-${randomUUID()}`;
    const handle = await client.workflow.start(noopJoiningLifecycle, { taskQueue: FLOOR_TASK_QUEUE, workflowId });
    await linkMailFor(workflowId);
    for (let i = 0; i < UPDATES; i++) await handle.executeUpdate(pokeUpdate);
    await handle.result();
    return [handle.workflowId, floorMemberWorkflowId(handle.workflowId)];
  }

  async function updatesOnly(): Promise<string[]> {
    const handle = await client.workflow.start(noopLifecycle, { taskQueue: FLOOR_TASK_QUEUE, workflowId: `bench-lifecycle-${randomUUID()}`, args: [UPDATES] });
    for (let i = 0; i < UPDATES; i++) await handle.executeUpdate(pokeUpdate);
    await handle.result();
    return [handle.workflowId];
  }

  /** Temporal's state transitions of the given workflows together, as the server counts them. */
  async function stateTransitionsOf(workflowIds: string[]): Promise<number> {
    let total = 0;
    for (const workflowId of workflowIds) total += Number((await client.workflow.getHandle(workflowId).describe()).raw.workflowExecutionInfo?.stateTransitionCount ?? 0);
    return total;
  }

  /**
   * Lifecycles per minute, the CPU each process spent on one lifecycle meanwhile, and the state
   * transitions of one lifecycle (the mean, counted after the clock has stopped).
   */
  async function measured(lifecycle: () => Promise<string[]>): Promise<{ perMinute: number; cpu: CpuByRole; transitions: number }> {
    const made: string[][] = [];
    const before = cpuByRole();
    const rate = await perMinute(lifecyclesPerRun, applicants, async () => {
      made.push(await lifecycle());
    });
    const cpu = cpuSpentSince(before, lifecyclesPerRun);
    let transitions = 0;
    for (const workflowIds of made) transitions += await stateTransitionsOf(workflowIds);
    return { perMinute: rate, cpu, transitions: transitions / made.length };
  }

  // One untimed round of each kind first, as P1 and P4 warm up: no run then measures the processes
  // compiling their code paths (the first joining run cost the worker a quarter to a third more CPU
  // than the next two).
  for (const lifecycle of [floor, updatesOnly, joining]) await perMinute(applicants, applicants, () => lifecycle().then(() => undefined));

  const cpuByRun: P3Result['cpuByRun'] = [];
  const ratios: number[] = [];
  const updatesOnlyRatios: number[] = [];
  const kinds = { floor, updatesOnly, joining };
  const figures = await medianOf(runs, async () => {
    // Every other run measures in the opposite order: the machine drifts over minutes and the
    // Temporal server's store grows with each workflow, and neither may favour one side.
    const order: (keyof typeof kinds)[] = ['floor', 'updatesOnly', 'joining'];
    if (ratios.length % 2 === 1) order.reverse();
    const measuredBy: Partial<Record<keyof typeof kinds, Awaited<ReturnType<typeof measured>>>> = {};
    for (const kind of order) measuredBy[kind] = await measured(kinds[kind]);
    const { floor: noop, updatesOnly: steps, joining: real } = measuredBy as Required<typeof measuredBy>;
    cpuByRun.push({ floor: noop.cpu, updatesOnly: steps.cpu, joining: real.cpu });
    ratios.push(real.perMinute / noop.perMinute);
    updatesOnlyRatios.push(real.perMinute / steps.perMinute);
    return {
      floorPerMinute: noop.perMinute,
      updatesOnlyPerMinute: steps.perMinute,
      joiningPerMinute: real.perMinute,
      floorCpuMs: totalCpu(noop.cpu),
      updatesOnlyCpuMs: totalCpu(steps.cpu),
      joiningCpuMs: totalCpu(real.cpu),
      floorTransitions: noop.transitions,
      updatesOnlyTransitions: steps.transitions,
      joiningTransitions: real.transitions,
    };
  }).finally(() => mails.close());
  const { floorTransitions, updatesOnlyTransitions, joiningTransitions, ...rates } = figures;
  return {
    applicants,
    lifecyclesPerRun,
    ...rates,
    ratio: median(ratios),
    ratios,
    updatesOnlyRatio: median(updatesOnlyRatios),
    stateTransitions: { floor: floorTransitions, updatesOnly: updatesOnlyTransitions, joining: joiningTransitions },
    cpuByRun,
  };
}

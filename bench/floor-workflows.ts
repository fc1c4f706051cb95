// Floors for the benchmarks: workflows that do nothing but receive what the real ones receive and
// make the Temporal transitions the real ones make.
import {
  allHandlersFinished,
  condition,
  defineUpdate,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { FloorActivities } from './floor-activities';
import { KIND, STATUS } from '../workflows/search-attributes';

export const pokeUpdate = defineUpdate<number>('poke');

/** Answers each update at once: the raw cost of a Temporal update round trip (P2's floor). */
export async function updateEcho(): Promise<void> {
  let count = 0;
  let done = false;
  setHandler(pokeUpdate, () => {
    count += 1;
    return count;
  });
  await condition(() => done);
}

/** Takes `transitions` updates and ends: the lifecycle's business steps alone (P3's second floor). */
export async function noopLifecycle(transitions: number): Promise<number> {
  let count = 0;
  setHandler(pokeUpdate, () => {
    count += 1;
    return count;
  });
  await condition(() => count >= transitions);
  return count;
}

const activities = proxyActivities<FloorActivities>({ startToCloseTimeout: '30 seconds' });
const localActivities = proxyLocalActivities<FloorActivities>({ startToCloseTimeout: '10 seconds' });

/** What one step of a joining lifecycle asks of Temporal (workflows/membership-application.ts, version 2). */
interface StepShape {
  /** Database steps: local activities, one marker each. */
  localActivities: number;
  searchAttributeUpserts: number;
  /** A mail: an ordinary activity, not awaited by the step. */
  mail: boolean;
}

/** 仮申請 (save, record; 受付 mail), 事業者コード発行 (reserve, record; code mail), 本申請 (save, record), 承認 (record). */
export const JOINING_UPDATES: readonly StepShape[] = [
  { localActivities: 2, searchAttributeUpserts: 2, mail: true },
  { localActivities: 2, searchAttributeUpserts: 2, mail: true },
  { localActivities: 2, searchAttributeUpserts: 2, mail: false },
  { localActivities: 1, searchAttributeUpserts: 1, mail: false },
];
/** The waits before 仮申請, before the code and before 本申請 have deadlines (timers); review has none. */
const WAITS_WITH_DEADLINE = 3;
const DEADLINE = '90 days';
/** After 承認: the member and its one 管理者 (the benchmark's application names one). */
const ADMISSION_LOCAL_ACTIVITIES = 2;

export const floorMemberWorkflowId = (lifecycleWorkflowId: string) => `${lifecycleWorkflowId}-member`;

/**
 * P3's floor: a joining lifecycle with every activity a no-op. It takes the same start and four
 * updates and makes the same Temporal state transitions as `membershipApplication` with the
 * member's workflow (the benchmark compares the server's counts of both).
 */
export async function noopJoiningLifecycle(): Promise<number> {
  let steps = 0;
  let busy = false;
  const outbox: Promise<unknown>[] = [];

  async function step(shape: StepShape): Promise<void> {
    for (let i = 0; i < shape.localActivities; i++) await localActivities.noop();
    for (let i = 0; i < shape.searchAttributeUpserts; i++) upsertSearchAttributes([{ key: STATUS, value: `floor-${steps}-${i}` }]);
    if (shape.mail) outbox.push(activities.noop());
  }

  setHandler(pokeUpdate, async () => {
    busy = true;
    try {
      await step(JOINING_UPDATES[steps] as StepShape);
      steps += 1;
      return steps;
    } finally {
      busy = false;
    }
  });

  upsertSearchAttributes([{ key: KIND, value: 'bench-floor' }]);
  patched('bench-floor');
  await localActivities.noop();
  // As the real workflow does, the first wait begins once the link mail is sent, and the
  // benchmark's client takes its first step once the mail has come (floor-activities.ts).
  await activities.linkMail(workflowInfo().workflowId);
  for (let seen = 0; seen < JOINING_UPDATES.length; seen = steps) {
    const changedOrBusy = () => steps > seen || busy;
    if (seen < WAITS_WITH_DEADLINE) await condition(changedOrBusy, DEADLINE);
    else await condition(changedOrBusy);
    await condition(() => !busy);
  }
  for (let i = 0; i < ADMISSION_LOCAL_ACTIVITIES; i++) await localActivities.noop();
  const member = () =>
    startChild(noopMember, { workflowId: floorMemberWorkflowId(workflowInfo().workflowId), parentClosePolicy: ParentClosePolicy.ABANDON });
  await Promise.all([member(), activities.noop()]);
  await condition(allHandlersFinished);
  await Promise.all(outbox);
  return steps;
}

/** The member's workflow as the floor has it: it marks itself and stays open, as members do. */
export async function noopMember(): Promise<void> {
  upsertSearchAttributes([{ key: KIND, value: 'bench-floor-member' }]);
  await condition(() => false);
}

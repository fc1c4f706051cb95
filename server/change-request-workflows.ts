// The web side of change-request workflows: starting one for a submitted request, and sending an
// update whose refusal (a validator's Japanese message) becomes what the page shows.
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { changeRequestWorkflowId } from '../domain/change-request';
import { changeRequest, type ChangeRequestInput } from '../workflows/change-request';
import { CHANGE_REQUEST_REFUSED } from '../workflows/change-request-messages';
import type { AppDeps } from './deps';

export type UpdateOutcome = { ok: true } | { ok: false; refusal: string };

const CLOSED = 'この申請の手続きは終了しています。';
// gRPC NOT_FOUND / FAILED_PRECONDITION: the workflow has completed meanwhile.
const CLOSED_GRPC_CODES = new Set([5, 9]);

export async function startChangeRequestWorkflow({ temporal, config }: AppDeps, input: ChangeRequestInput): Promise<void> {
  await temporal.connection.withDeadline(Date.now() + 10_000, () =>
    temporal.workflow.start(changeRequest, { taskQueue: config.temporal.taskQueue, workflowId: changeRequestWorkflowId(input.requestId), args: [input] }),
  );
}

export async function updateChangeRequest(
  { temporal }: AppDeps,
  requestId: string,
  send: (handle: WorkflowHandle<typeof changeRequest>) => Promise<void>,
): Promise<UpdateOutcome> {
  const handle = temporal.workflow.getHandle<typeof changeRequest>(changeRequestWorkflowId(requestId));
  try {
    await temporal.connection.withDeadline(Date.now() + 30_000, () => send(handle));
    return { ok: true };
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      const cause = error.cause;
      if (cause instanceof ApplicationFailure && cause.type === CHANGE_REQUEST_REFUSED) return { ok: false, refusal: cause.message };
      throw error;
    }
    if (error instanceof WorkflowNotFoundError) return { ok: false, refusal: CLOSED };
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'number' && CLOSED_GRPC_CODES.has(code)) return { ok: false, refusal: CLOSED };
    throw error;
  }
}

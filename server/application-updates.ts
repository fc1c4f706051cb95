// Sends an update to a membership application's workflow and turns a refusal (by a validator, or
// by the step itself, e.g. a 事業者コード already taken) into the Japanese message to show.
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { membershipApplicationWorkflowId, type membershipApplication } from '../workflows/membership-application';
import { REFUSED } from '../workflows/messages';

export type UpdateOutcome<T> = { ok: true; value: T } | { ok: false; refusal: string };

const CLOSED = 'この申請の手続きは終了しています。';
// gRPC NOT_FOUND / FAILED_PRECONDITION: the workflow has completed meanwhile.
const CLOSED_GRPC_CODES = new Set([5, 9]);

export async function updateApplication<T>(
  temporal: Client,
  applicationId: string,
  send: (handle: WorkflowHandle<typeof membershipApplication>) => Promise<T>,
): Promise<UpdateOutcome<T>> {
  const handle = temporal.workflow.getHandle<typeof membershipApplication>(membershipApplicationWorkflowId(applicationId));
  try {
    return { ok: true, value: await temporal.connection.withDeadline(Date.now() + 30_000, () => send(handle)) };
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      const cause = error.cause;
      if (cause instanceof ApplicationFailure && cause.type === REFUSED) return { ok: false, refusal: cause.message };
      // A step failing for another reason is a bug or an outage: let the error page answer.
      throw error;
    }
    if (error instanceof WorkflowNotFoundError) return { ok: false, refusal: CLOSED };
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'number' && CLOSED_GRPC_CODES.has(code)) return { ok: false, refusal: CLOSED };
    throw error;
  }
}

// Sends an update to a workflow and turns its refusal (an ApplicationFailure of the workflow's
// refusal type, from a validator or from the step itself) into the Japanese message to show, as it
// does a workflow that has ended meanwhile. Any other failure is a bug or an outage: it is thrown
// for the error page to answer.
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';

export type UpdateOutcome<T> = { ok: true; value: T } | { ok: false; refusal: string };

const CLOSED = 'この申請の手続きは終了しています。';
// gRPC NOT_FOUND / FAILED_PRECONDITION: the workflow has completed meanwhile.
const CLOSED_GRPC_CODES = new Set([5, 9]);
const UPDATE_DEADLINE_MS = 30_000;

export async function sendRefusableUpdate<T>(temporal: Client, refusalType: string, send: () => Promise<T>): Promise<UpdateOutcome<T>> {
  try {
    return { ok: true, value: await temporal.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, send) };
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      const cause = error.cause;
      if (cause instanceof ApplicationFailure && cause.type === refusalType) return { ok: false, refusal: cause.message };
      throw error;
    }
    if (error instanceof WorkflowNotFoundError) return { ok: false, refusal: CLOSED };
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'number' && CLOSED_GRPC_CODES.has(code)) return { ok: false, refusal: CLOSED };
    throw error;
  }
}

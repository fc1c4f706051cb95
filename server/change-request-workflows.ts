// The web side of change-request workflows: starting one for a submitted request, and sending an
// update whose refusal (a validator's Japanese message) becomes what the page shows.
import type { WorkflowHandle } from '@temporalio/client';
import { changeRequestWorkflowId } from '../domain/change-request';
import { changeRequest, type ChangeRequestInput } from '../workflows/change-request';
import { CHANGE_REQUEST_REFUSED } from '../workflows/change-request-messages';
import type { AppDeps } from './deps';
import { sendRefusableUpdate, type UpdateOutcome } from './refusable-update';

export async function startChangeRequestWorkflow({ temporal, config }: AppDeps, input: ChangeRequestInput): Promise<void> {
  await temporal.connection.withDeadline(Date.now() + 10_000, () =>
    temporal.workflow.start(changeRequest, { taskQueue: config.temporal.taskQueue, workflowId: changeRequestWorkflowId(input.requestId), args: [input] }),
  );
}

export function updateChangeRequest(
  { temporal }: AppDeps,
  requestId: string,
  send: (handle: WorkflowHandle<typeof changeRequest>) => Promise<void>,
): Promise<UpdateOutcome<void>> {
  const handle = temporal.workflow.getHandle<typeof changeRequest>(changeRequestWorkflowId(requestId));
  return sendRefusableUpdate(temporal, CHANGE_REQUEST_REFUSED, () => send(handle));
}

// Sends an update to a membership application's workflow; a refusal (by a validator, or by the step
// itself, e.g. a 事業者コード already taken) becomes the Japanese message to show.
import type { Client, WorkflowHandle } from '@temporalio/client';
import { membershipApplicationWorkflowId, type membershipApplication } from '../workflows/membership-application';
import { REFUSED } from '../workflows/messages';
import { sendRefusableUpdate, type UpdateOutcome } from './refusable-update';

export function updateApplication<T>(
  temporal: Client,
  applicationId: string,
  send: (handle: WorkflowHandle<typeof membershipApplication>) => Promise<T>,
): Promise<UpdateOutcome<T>> {
  const handle = temporal.workflow.getHandle<typeof membershipApplication>(membershipApplicationWorkflowId(applicationId));
  return sendRefusableUpdate(temporal, REFUSED, () => send(handle));
}

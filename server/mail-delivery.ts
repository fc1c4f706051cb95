// Starts the deliverMail workflow for an account mail. Its workflow ID is the mail's idempotency
// key: a second request for the same mail finds the first one started and sends nothing more.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { AccountMailRequest } from '../domain/account-mail';
import { deliverMail } from '../workflows/deliver-mail';
import type { AppDeps } from './deps';

export async function startMailDelivery({ temporal, config }: AppDeps, request: AccountMailRequest): Promise<void> {
  try {
    await temporal.connection.withDeadline(Date.now() + 5_000, () =>
      temporal.workflow.start(deliverMail, { taskQueue: config.temporal.taskQueue, workflowId: request.idempotencyKey, args: [request] }),
    );
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

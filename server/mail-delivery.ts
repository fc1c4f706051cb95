// Starts the deliverMail workflow for an account mail. Its workflow ID is the mail's idempotency
// key: a second request for the same mail finds the first one started and sends nothing more.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { AccountMailRequest } from '../domain/account-mail';
import { deliverMail } from '../workflows/deliver-mail';
import type { AppDeps } from './deps';

/** Whether this call started the delivery (false: an earlier request for the same mail had). */
export async function startMailDelivery({ temporal, config }: AppDeps, request: AccountMailRequest): Promise<boolean> {
  try {
    await temporal.connection.withDeadline(Date.now() + 5_000, () =>
      temporal.workflow.start(deliverMail, {
        taskQueue: config.temporal.taskQueue,
        workflowId: request.idempotencyKey,
        // Also after the first delivery has finished: the same key is the same mail.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [request],
      }),
    );
    return true;
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    return false;
  }
}

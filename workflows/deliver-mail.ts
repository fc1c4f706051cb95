// One mail, delivered once: started with the mail's idempotency key as workflow ID, so a double
// request starts one workflow; the activity is retried until the SMTP server accepts, and its
// ledger keeps a retry from sending twice.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { AccountMailRequest } from '../domain/account-mail';

const { sendAccountMail } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function deliverMail(request: AccountMailRequest): Promise<void> {
  await sendAccountMail(request);
}

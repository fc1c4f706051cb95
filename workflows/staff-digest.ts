// The staff digest (本機関向けの滞留通知): one long-running workflow that wakes once per period
// and mails staff what has waited for them too long. A durable timer, not a cron job; each
// period starts a fresh run (continue-as-new) so the history stays small.
import { continueAsNew, proxyActivities, proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { reminderSettings } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds' });
const { sendStaffDigest } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export const STAFF_DIGEST_WORKFLOW_ID = 'staff-digest';

export async function staffDigest(): Promise<void> {
  // Read at the start of each wait: a changed period applies from the next digest on.
  const { staffDigestIntervalMs } = await reminderSettings();
  await sleep(staffDigestIntervalMs);
  const now = new Date();
  await sendStaffDigest({ periodKey: `${Math.floor(now.getTime() / staffDigestIntervalMs)}`, now: now.toISOString() });
  await continueAsNew<typeof staffDigest>();
}

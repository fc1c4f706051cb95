// 加入申請: one workflow per application, from リンク確認 to membership. It owns the process;
// activities keep PostgreSQL in step for the pages.
import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { ApplicationStatus } from '../domain/application-status';
import { applicationStateQuery, provisionalApplicationSubmittedSignal, type ApplicationState } from './messages';
import { COMPANY_NAME, KIND, STATUS } from './search-attributes';

export interface MembershipApplicationInput {
  applicationId: string;
  companyName: string;
  contactName: string;
  email: string;
  /** How long the link to 加入(仮)申請 stays valid; from the configuration at start. */
  linkExpiryMs: number;
}

// Mail servers and databases come back eventually: retry with back-off, without a limit.
const { recordApplication, sendJoinLinkMail, setApplicationStatus } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export const MEMBERSHIP_APPLICATION_KIND = 'membership-application';

export function membershipApplicationWorkflowId(applicationId: string): string {
  return `membership-application-${applicationId}`;
}

export async function membershipApplication(input: MembershipApplicationInput): Promise<ApplicationState> {
  const state: ApplicationState = { status: 'link_sent' };
  let provisionalSubmitted = false;
  setHandler(applicationStateQuery, () => state);
  setHandler(provisionalApplicationSubmittedSignal, () => {
    provisionalSubmitted = true;
  });
  upsertSearchAttributes([
    { key: KIND, value: MEMBERSHIP_APPLICATION_KIND },
    { key: STATUS, value: state.status },
    { key: COMPANY_NAME, value: input.companyName },
  ]);

  const linkExpiresAt = new Date(Date.now() + input.linkExpiryMs).toISOString();
  await recordApplication({ ...input, linkExpiresAt });
  await sendJoinLinkMail(input.applicationId);

  const submitted = await condition(() => provisionalSubmitted, input.linkExpiryMs);
  await moveTo(submitted ? 'provisional_submitted' : 'link_expired');
  return state;

  async function moveTo(status: ApplicationStatus): Promise<void> {
    state.status = status;
    await setApplicationStatus(input.applicationId, status);
    upsertSearchAttributes([{ key: STATUS, value: status }]);
  }
}

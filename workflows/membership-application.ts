// 加入申請: one workflow per application, from リンク確認 to membership. It owns the process;
// activities keep PostgreSQL in step for the pages. Updates change the state one at a time (a
// second one arriving meanwhile is refused); the main loop below waits between them, expiring a
// step left too long and reminding an applicant whose 本申請 is awaited, and after 承認 admits the member.
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  startChild,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { ApplicationData } from '../domain/application-data';
import type { ApplicationEventKind } from '../domain/application-event';
import { CLOSED_STATUSES, FINAL_SUBMISSION_STATUSES, type ApplicationStatus } from '../domain/application-status';
import { applicationDetails } from './current-details';
import { member, memberWorkflowId } from './member';
import {
  applicationStateQuery,
  approveApplicationUpdate,
  BUSINESS_CODE_NOT_ALLOWED,
  businessCodeTaken,
  decisionNotAllowed,
  holdApplicationUpdate,
  issueBusinessCodeUpdate,
  REFUSED,
  rejectApplicationUpdate,
  submitFinalApplicationUpdate,
  submitProvisionalApplicationUpdate,
  type ApplicationState,
  type StaffDecision,
  WRONG_BUSINESS_CODE,
} from './messages';
import { BUSINESS_CODE, COMPANY_NAME, KIND, RECEIPT_NUMBER, STATUS } from './search-attributes';

export interface MembershipApplicationInput {
  applicationId: string;
  companyName: string;
  contactName: string;
  email: string;
  /** How long the link to 加入(仮)申請 stays valid; from the configuration at start. */
  linkExpiryMs: number;
  /** How long 仮申請 waits for the 事業者コード (METI's licence takes weeks); BUSINESS_CODE_WAIT. */
  businessCodeWaitMs?: number;
  /** How long an issued code, a 保留 or a 却下 waits for the applicant's 本申請; FINAL_APPLICATION_WAIT. */
  finalApplicationWaitMs?: number;
}

// The configuration's defaults, for starters that do not pass the waits.
const DAY_MS = 86_400_000;
const DEFAULT_BUSINESS_CODE_WAIT_MS = 180 * DAY_MS;
const DEFAULT_FINAL_APPLICATION_WAIT_MS = 90 * DAY_MS;

// Mail servers and databases come back eventually: retry with back-off, without a limit.
const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// Database writes run as local activities, in the workflow task that asks for them: no round trip
// through the server per step, so a page that waits for a step answers sooner (P2, P3). Mail
// stays in ordinary activities, whose retries may last as long as an SMTP outage.
const localActivities = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** Statuses in which the next step is the applicant's 加入(本)申請: reminders run while they last. */
const APPLICANT_TURN = ['code_issued', 'on_hold', 'rejected'] as const;
type ApplicantTurn = (typeof APPLICANT_TURN)[number];
const isApplicantTurn = (status: ApplicationStatus): status is ApplicantTurn => (APPLICANT_TURN as readonly ApplicationStatus[]).includes(status);

const MEMBERSHIP_APPLICATION_KIND = 'membership-application';

/**
 * Workflow version 2: database steps as local activities, the reminder settings answered by each
 * step's record, the approval mail sent while the member's workflow starts. Histories written
 * before it (no marker) replay through the version 1 paths below.
 */
const STEPS_IN_THE_WORKFLOW_TASK = 'steps-in-the-workflow-task';
const isVersion2 = () => patched(STEPS_IN_THE_WORKFLOW_TASK);
/** Where database steps run: in the workflow task (version 2), or as ordinary activities (1). */
const databaseSteps = () => (isVersion2() ? localActivities : activities);

export function membershipApplicationWorkflowId(applicationId: string): string {
  return `membership-application-${applicationId}`;
}

function refuse(message: string): never {
  throw ApplicationFailure.create({ type: REFUSED, message, nonRetryable: true });
}

export async function membershipApplication(input: MembershipApplicationInput): Promise<ApplicationState> {
  const { applicationId } = input;
  const state: ApplicationState = { status: 'link_sent', events: [] };
  /** The update being carried out; others are refused meanwhile so steps never interleave. */
  let busy = false;
  /** Mails started by updates: the update answers without waiting for the SMTP server. */
  const outbox: Promise<unknown>[] = [];
  /** The reminder settings in force at the latest step (the wait it begins goes by them). */
  let reminderSettings: Awaited<ReturnType<Activities['reminderSettings']>> | undefined;

  setHandler(applicationStateQuery, () => state);
  upsertSearchAttributes([
    { key: KIND, value: MEMBERSHIP_APPLICATION_KIND },
    { key: STATUS, value: state.status },
    { key: COMPANY_NAME, value: input.companyName },
  ]);
  /** The 会社名 as the latest form gave it, and when the current wait ends: for the operators' details. */
  let companyName = input.companyName;
  let deadlineMs: number | undefined;
  const showDetails = () =>
    setCurrentDetails(applicationDetails({ companyName, status: state.status, receiptNumber: state.receiptNumber, businessCode: state.businessCode, deadlineMs }));
  showDetails();

  const finalWaitMs = input.finalApplicationWaitMs ?? DEFAULT_FINAL_APPLICATION_WAIT_MS;
  // Each waiting status has its own deadline, counted from when the application entered it.
  const waits: Partial<Record<ApplicationStatus, { ms: number; expiresTo: ApplicationStatus }>> = {
    link_sent: { ms: input.linkExpiryMs, expiresTo: 'link_expired' },
    provisional_submitted: { ms: input.businessCodeWaitMs ?? DEFAULT_BUSINESS_CODE_WAIT_MS, expiresTo: 'expired' },
    code_issued: { ms: finalWaitMs, expiresTo: 'expired' },
    on_hold: { ms: finalWaitMs, expiresTo: 'expired' },
    rejected: { ms: finalWaitMs, expiresTo: 'expired' },
  };
  /** Whether the application ends in this status: closed, or 却下 before the code (there is no 本申請 to correct). */
  const endsIn = (status: ApplicationStatus) => CLOSED_STATUSES.includes(status) || (status === 'rejected' && !state.businessCode);
  /** The wait a status begins: none while staff review, none once the application has ended. */
  const waitIn = (status: ApplicationStatus) => (endsIn(status) ? undefined : waits[status]);

  function allow(statuses: readonly ApplicationStatus[], message: string): void {
    if (busy) refuse('ほかの操作を処理しています。しばらくしてから、もう一度お試しください。');
    if (!statuses.includes(state.status)) refuse(message);
  }

  /** Runs a step alone: checked again at its start, since the state may have moved since validation. */
  async function exclusively<T>(check: () => void, step: () => Promise<T>): Promise<T> {
    check();
    busy = true;
    try {
      return await step();
    } finally {
      busy = false;
    }
  }

  async function record(kind: ApplicationEventKind, status: ApplicationStatus, actor: string, reason?: string): Promise<number> {
    const sequence = state.events.length + 1;
    const at = new Date().toISOString();
    // The 期限 the staff console shows; the wait below counts from when it begins, moments later.
    const wait = waitIn(status);
    const deadlineAt = wait ? new Date(Date.parse(at) + wait.ms).toISOString() : undefined;
    reminderSettings = await localActivities.recordApplicationEvent({ applicationId, sequence, kind, status, actor, reason, at, deadlineAt });
    state.events.push(reason === undefined ? { kind, at } : { kind, reason, at });
    state.status = status;
    upsertSearchAttributes([{ key: STATUS, value: status }]);
    // The wait this step begins sets its own deadline.
    deadlineMs = undefined;
    showDetails();
    return sequence;
  }

  const provisionalAllowed = () => allow(['link_sent', 'provisional_submitted'], 'この申請は加入(仮)申請を受け付けられる状態ではありません。');
  setHandler(
    submitProvisionalApplicationUpdate,
    (data: ApplicationData) =>
      exclusively(provisionalAllowed, async () => {
        const { receiptNumber } = await databaseSteps().saveProvisionalApplication({ applicationId, data });
        state.receiptNumber = receiptNumber;
        companyName = data.company.companyName;
        showDetails();
        upsertSearchAttributes([
          { key: RECEIPT_NUMBER, value: receiptNumber },
          { key: COMPANY_NAME, value: data.company.companyName },
        ]);
        // A correction while the code is awaited changes the data only.
        if (state.status === 'link_sent') {
          await record('provisional_submitted', 'provisional_submitted', 'applicant');
          outbox.push(activities.sendReceiptMail(applicationId));
        }
        return { receiptNumber };
      }),
    { validator: (_data: ApplicationData) => provisionalAllowed() },
  );

  const codeAllowed = () => allow(['provisional_submitted'], BUSINESS_CODE_NOT_ALLOWED);
  setHandler(
    issueBusinessCodeUpdate,
    ({ businessCode, staff }) =>
      exclusively(codeAllowed, async () => {
        const reserved = await databaseSteps().reserveBusinessCode({ applicationId, businessCode });
        if (!reserved) refuse(businessCodeTaken(businessCode));
        state.businessCode = businessCode;
        upsertSearchAttributes([{ key: BUSINESS_CODE, value: businessCode }]);
        await record('code_issued', 'code_issued', staff);
        outbox.push(activities.sendBusinessCodeMail(applicationId));
      }),
    { validator: (_code: { businessCode: string; staff: string }) => codeAllowed() },
  );

  const finalAllowed = ({ businessCode }: { businessCode: string }) => {
    allow(FINAL_SUBMISSION_STATUSES, 'この申請は現在、加入(本)申請を受け付けていません。');
    if (!state.businessCode) refuse('事業者コードがまだ発行されていません。本機関からの連絡をお待ちください。');
    if (businessCode !== state.businessCode) refuse(WRONG_BUSINESS_CODE);
  };
  setHandler(
    submitFinalApplicationUpdate,
    (submission) =>
      exclusively(
        () => finalAllowed(submission),
        async () => {
          await databaseSteps().saveFinalApplication({ applicationId, data: submission.data });
          companyName = submission.data.company.companyName;
          upsertSearchAttributes([{ key: COMPANY_NAME, value: submission.data.company.companyName }]);
          await record('final_submitted', 'under_review', 'applicant');
        },
      ),
    { validator: finalAllowed },
  );

  const decisionAllowed = (statuses: readonly ApplicationStatus[], what: string) => (decision: StaffDecision) => {
    allow(statuses, decisionNotAllowed(what));
    if (what !== '承認' && !decision.reason?.trim()) refuse(`${what}の理由を入力してください。`);
  };
  const approveAllowed = decisionAllowed(['under_review'], '承認');
  const holdAllowed = decisionAllowed(['under_review'], '保留');
  // Before the code, too: METI may refuse the licence.
  const rejectAllowed = decisionAllowed(['provisional_submitted', 'under_review'], '却下');
  setHandler(approveApplicationUpdate, (d) => exclusively(() => approveAllowed(d), () => record('approved', 'approved', d.staff).then(() => undefined)), {
    validator: approveAllowed,
  });
  for (const [update, kind, check] of [
    [holdApplicationUpdate, 'on_hold', holdAllowed],
    [rejectApplicationUpdate, 'rejected', rejectAllowed],
  ] as const) {
    setHandler(
      update,
      (d: StaffDecision) =>
        exclusively(
          () => check(d),
          async () => {
            const sequence = await record(kind, kind, d.staff, d.reason?.trim());
            outbox.push(activities.sendDecisionMail({ applicationId, sequence }));
          },
        ),
      { validator: check },
    );
  }

  await databaseSteps().recordApplication({ ...input, linkExpiresAt: new Date(Date.now() + input.linkExpiryMs).toISOString() });
  await activities.sendJoinLinkMail(applicationId);

  for (;;) {
    const current = state.status;
    if (endsIn(current)) break;
    const wait = waitIn(current);
    const deadline = wait ? Date.now() + wait.ms : undefined;
    deadlineMs = deadline;
    showDetails();
    // The reminder period is read as each wait begins, so a changed setting applies to new waits.
    const reminderEveryMs = isApplicantTurn(current) ? (await currentReminderSettings()).applicantIntervalMs : undefined;
    let nextReminder = reminderEveryMs === undefined ? undefined : Date.now() + reminderEveryMs;
    let reminders = 0;
    while (state.status === current) {
      const changedOrBusy = () => state.status !== current || busy;
      const wakeAt = Math.min(deadline ?? Infinity, nextReminder ?? Infinity);
      if (wakeAt === Infinity) await condition(changedOrBusy);
      else await condition(changedOrBusy, Math.max(wakeAt - Date.now(), 1));
      await condition(() => !busy);
      if (state.status !== current) break;
      if (wait && deadline !== undefined && Date.now() >= deadline) {
        await activities.setApplicationStatus(applicationId, wait.expiresTo);
        state.status = wait.expiresTo;
        upsertSearchAttributes([{ key: STATUS, value: wait.expiresTo }]);
        deadlineMs = undefined;
        showDetails();
      } else if (isApplicantTurn(current) && nextReminder !== undefined && Date.now() >= nextReminder) {
        reminders += 1;
        await activities.sendApplicantReminder({ applicationId, status: current, round: state.events.length, reminder: reminders });
        nextReminder += reminderEveryMs as number;
      }
    }
  }

  if (state.status === 'approved') await admit(state.businessCode as string);
  await condition(allHandlersFinished);
  await Promise.all(outbox);
  return state;

  /**
   * The settings the step that began this wait answered with; histories from before steps answered
   * them (no patch marker) read them with a local activity of their own, as they did then.
   */
  async function currentReminderSettings() {
    if (isVersion2() && reminderSettings) return reminderSettings;
    return localActivities.reminderSettings();
  }

  /** 承認: the member, its 管理者 with their initial passwords, and the member's own workflow. */
  async function admit(businessCode: string): Promise<void> {
    const { slots, companyName } = await databaseSteps().createMember({ applicationId });
    for (const slot of slots) await databaseSteps().provisionAdministrator({ applicationId, slot });
    const memberWorkflow = () =>
      startChild(member, {
        workflowId: memberWorkflowId(businessCode),
        args: [{ businessCode, companyName, applicationId }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    if (!isVersion2()) {
      await memberWorkflow();
      await activities.sendApprovalMail(applicationId);
      return;
    }
    // The password mail needs only the database rows, so it goes out while the member's workflow starts.
    await Promise.all([memberWorkflow(), activities.sendApprovalMail(applicationId)]);
  }
}

// Messages of the membership application workflow: how pages and staff talk to it. Updates carry
// a validator so a page learns at once, in Japanese, when the current state does not allow a step.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApplicationData } from '../domain/application-data';
import type { ApplicationEventKind } from '../domain/application-event';
import type { ApplicationStatus } from '../domain/application-status';

export interface ApplicationState {
  status: ApplicationStatus;
  /** 加入申請受付番号, once 加入(仮)申請 is in */
  receiptNumber?: string;
  /** 事業者コード, once staff issued it */
  businessCode?: string;
  /** What happened so far, in order (decisions with their reasons). */
  events: { kind: ApplicationEventKind; reason?: string; at: string }[];
}

/** The live state, for status pages and tests. */
export const applicationStateQuery = defineQuery<ApplicationState>('applicationState');

/** 加入(仮)申請 (manual 1.3), and its corrections while the 事業者コード is awaited. */
export const submitProvisionalApplicationUpdate = defineUpdate<{ receiptNumber: string }, [ApplicationData]>('submitProvisionalApplication');

/** 加入(本)申請 (manual 1.4), first time and after 保留 / 却下. */
export const submitFinalApplicationUpdate = defineUpdate<void, [{ businessCode: string; data: ApplicationData }]>('submitFinalApplication');

/** Staff: the 事業者コード, once METI has granted the licence. */
export const issueBusinessCodeUpdate = defineUpdate<void, [{ businessCode: string; staff: string }]>('issueBusinessCode');

export interface StaffDecision {
  staff: string;
  /** Required for 保留 and 却下; mailed to the applicant. */
  reason?: string;
}

/** Staff: 承認 */
export const approveApplicationUpdate = defineUpdate<void, [StaffDecision]>('approveApplication');
/** Staff: 保留 */
export const holdApplicationUpdate = defineUpdate<void, [StaffDecision]>('holdApplication');
/** Staff: 却下 */
export const rejectApplicationUpdate = defineUpdate<void, [StaffDecision]>('rejectApplication');

/** The failure type of a refused update; its message is Japanese and shown on the page. */
export const REFUSED = 'ApplicationStepRefused';

/** 事業者コード発行 once the application is past 仮申請 (or not yet there). */
export const BUSINESS_CODE_NOT_ALLOWED = 'この申請は事業者コードを発行できる状態ではありません（仮申請済みの申請にのみ発行できます）。';

/** 承認 / 保留 / 却下 (`decision`, its label) once the application is no longer where it can be decided so. */
export function decisionNotAllowed(decision: string): string {
  return `この申請は${decision}できる状態ではありません。`;
}

/** 事業者コード発行's refusal of a code a member or another application already has; the page marks the field with it. */
export function businessCodeTaken(businessCode: string): string {
  return `事業者コード「${businessCode}」は既に使用されています。別のコードを入力してください。`;
}

/** 本申請's refusal of a code other than the one issued; the page also says it before asking. */
export const WRONG_BUSINESS_CODE = '事業者コードが正しくありません。本機関から連絡された4桁の事業者コードを入力してください。';

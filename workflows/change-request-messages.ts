// Messages of the change-request workflow (会員情報変更, 承継, 脱退): staff decisions, the member's
// resubmission and 取下げ. Each is an update whose validator refuses, in Japanese, what the
// request's state does not allow; the page shows that message.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ChangeRequestEventKind, ChangeRequestStatus, Successor } from '../domain/change-request';
import type { CompanyInfo } from '../domain/company';

export interface ChangeRequestState {
  status: ChangeRequestStatus;
  events: { kind: ChangeRequestEventKind; reason?: string; at: string }[];
}

export const changeRequestStateQuery = defineQuery<ChangeRequestState>('changeRequestState');

export interface ChangeRequestDecision {
  /** The staff account's login ID. */
  staff: string;
  /** Required for 保留 and 却下; mailed to the member. */
  reason?: string;
}

/** 承認 / 保留 / 却下 (`decision`, its label) of a request no longer under review. */
export function changeDecisionNotAllowed(decision: string): string {
  return `この申請は${decision}できる状態ではありません（審査中の申請にのみ${decision}できます）。`;
}

/** 承認 / 保留 / 却下 by 本機関. */
export const approveChangeRequestUpdate = defineUpdate<void, [ChangeRequestDecision]>('approveChangeRequest');
export const holdChangeRequestUpdate = defineUpdate<void, [ChangeRequestDecision]>('holdChangeRequest');
export const rejectChangeRequestUpdate = defineUpdate<void, [ChangeRequestDecision]>('rejectChangeRequest');

export interface ChangeRequestResubmission {
  actor: string;
  /** The corrected 会社情報 (会員情報変更) or 事業承継先情報 (承継); 脱退 carries neither. */
  requestedCompany?: CompanyInfo;
  successor?: Successor;
}

/** The member, after 保留 / 却下: the corrected request goes back under review. */
export const resubmitChangeRequestUpdate = defineUpdate<void, [ChangeRequestResubmission]>('resubmitChangeRequest');
/** The member withdraws the request (取下げ) while it is open. */
export const cancelChangeRequestUpdate = defineUpdate<void, [{ actor: string }]>('cancelChangeRequest');

/** The failure type of a refused update; its message is Japanese and shown on the page. */
export const CHANGE_REQUEST_REFUSED = 'ChangeRequestStepRefused';

// 会員: one long-lived workflow per member, keyed by its 事業者コード. Approved change requests
// reach it through signals: a new 会社名 (so operators find the member under the name in force)
// and the end of the membership (承継, 脱退), which completes it. Its history stays small: should
// it ever grow long, it continues as new with the state it holds.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  defineQuery,
  defineSignal,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { memberDetails } from './current-details';
import { BUSINESS_CODE, COMPANY_NAME, KIND, STATUS } from './search-attributes';

export interface MemberInput {
  businessCode: string;
  companyName: string;
  /** The 加入申請 it came from. */
  applicationId: string;
  /** Carried over when the workflow continues as new. */
  joinedAt?: string;
}

export interface MemberState {
  businessCode: string;
  companyName: string;
  status: 'active' | MembershipEnd['status'];
  joinedAt: string;
  /** When an approved 承継/脱退 ended the membership, and through which request. */
  endedAt?: string;
  endedBy?: string;
}

/** 承継 (succeeded) or 脱退 (withdrawn), approved: sent by the change-request workflow. */
export interface MembershipEnd {
  status: 'succeeded' | 'withdrawn';
  requestId: string;
}

export const membershipEndedSignal = defineSignal<[MembershipEnd]>('membershipEnded');

/** An approved 会員情報変更 that changed the 会社名: sent by the change-request workflow. */
export const companyRenamedSignal = defineSignal<[string]>('companyRenamed');

export const memberStateQuery = defineQuery<MemberState>('memberState');

const MEMBER_KIND = 'member';

export function memberWorkflowId(businessCode: string): string {
  return `member-${businessCode}`;
}

export async function member(input: MemberInput): Promise<MemberState> {
  const state: MemberState = {
    businessCode: input.businessCode,
    companyName: input.companyName,
    status: 'active',
    joinedAt: input.joinedAt ?? new Date().toISOString(),
  };
  /** Whether a signal has brought a 会社名 the search attribute does not show yet. */
  let renamed = false;
  const showDetails = () => setCurrentDetails(memberDetails(state));
  showDetails();
  setHandler(memberStateQuery, () => state);
  setHandler(companyRenamedSignal, (companyName: string) => {
    if (companyName === state.companyName) return;
    state.companyName = companyName;
    renamed = true;
    showDetails();
  });
  setHandler(membershipEndedSignal, (end: MembershipEnd) => {
    if (state.status !== 'active') return;
    state.status = end.status;
    state.endedAt = new Date().toISOString();
    state.endedBy = end.requestId;
    showDetails();
  });
  upsertSearchAttributes([
    { key: KIND, value: MEMBER_KIND },
    { key: STATUS, value: state.status },
    { key: BUSINESS_CODE, value: input.businessCode },
    { key: COMPANY_NAME, value: input.companyName },
  ]);
  // Only an approved 承継 or 脱退 ends a membership; the database was updated by its approval.
  for (;;) {
    await condition(() => state.status !== 'active' || renamed || workflowInfo().continueAsNewSuggested);
    if (renamed) {
      renamed = false;
      upsertSearchAttributes([{ key: COMPANY_NAME, value: state.companyName }]);
    }
    if (state.status !== 'active') break;
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof member>({ ...input, companyName: state.companyName, joinedAt: state.joinedAt });
    }
  }
  upsertSearchAttributes([{ key: STATUS, value: state.status }]);
  return state;
}

// 会員: one long-lived workflow per member, keyed by its 事業者コード. Later chapters (会員情報変更,
// 承継, 脱退) reach it through messages; for now it holds the member's state for queries.
import { condition, defineQuery, defineSignal, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { BUSINESS_CODE, COMPANY_NAME, KIND, STATUS } from './search-attributes';

export interface MemberInput {
  businessCode: string;
  companyName: string;
  /** The 加入申請 it came from. */
  applicationId: string;
}

export interface MemberState {
  businessCode: string;
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

export const memberStateQuery = defineQuery<MemberState>('memberState');

export const MEMBER_KIND = 'member';

export function memberWorkflowId(businessCode: string): string {
  return `member-${businessCode}`;
}

export async function member(input: MemberInput): Promise<MemberState> {
  const state: MemberState = { businessCode: input.businessCode, status: 'active', joinedAt: new Date().toISOString() };
  setHandler(memberStateQuery, () => state);
  setHandler(membershipEndedSignal, (end: MembershipEnd) => {
    if (state.status !== 'active') return;
    state.status = end.status;
    state.endedAt = new Date().toISOString();
    state.endedBy = end.requestId;
  });
  upsertSearchAttributes([
    { key: KIND, value: MEMBER_KIND },
    { key: STATUS, value: state.status },
    { key: BUSINESS_CODE, value: input.businessCode },
    { key: COMPANY_NAME, value: input.companyName },
  ]);
  // Only an approved 承継 or 脱退 ends a membership; the database was updated by its approval.
  await condition(() => state.status !== 'active');
  upsertSearchAttributes([{ key: STATUS, value: state.status }]);
  return state;
}

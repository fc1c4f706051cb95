// 会員: one long-lived workflow per member, keyed by its 事業者コード. Later chapters (会員情報変更,
// 承継, 脱退) reach it through messages; for now it holds the member's state for queries.
import { condition, defineQuery, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { BUSINESS_CODE, COMPANY_NAME, KIND, STATUS } from './search-attributes';

export interface MemberInput {
  businessCode: string;
  companyName: string;
  /** The 加入申請 it came from. */
  applicationId: string;
}

export interface MemberState {
  businessCode: string;
  status: 'active';
  joinedAt: string;
}

export const memberStateQuery = defineQuery<MemberState>('memberState');

export const MEMBER_KIND = 'member';

export function memberWorkflowId(businessCode: string): string {
  return `member-${businessCode}`;
}

export async function member(input: MemberInput): Promise<MemberState> {
  const state: MemberState = { businessCode: input.businessCode, status: 'active', joinedAt: new Date().toISOString() };
  setHandler(memberStateQuery, () => state);
  upsertSearchAttributes([
    { key: KIND, value: MEMBER_KIND },
    { key: STATUS, value: state.status },
    { key: BUSINESS_CODE, value: input.businessCode },
    { key: COMPANY_NAME, value: input.companyName },
  ]);
  // Nothing ends a membership yet: 承継 and 脱退 arrive with their chapters.
  await condition(() => false);
  return state;
}

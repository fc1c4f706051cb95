// 会員の状態, in words for staff pages and exports.
import type { MemberStatus } from '../db/models/member';

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: '会員',
  succeeded: '承継済み（会員ではありません）',
  withdrawn: '脱退済み（会員ではありません）',
};

export function isMemberStatus(value: string): value is MemberStatus {
  return Object.hasOwn(MEMBER_STATUS_LABELS, value);
}

export function memberStatusLabel(status: MemberStatus): string {
  return MEMBER_STATUS_LABELS[status];
}

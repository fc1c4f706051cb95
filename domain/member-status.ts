// 会員の状態, and its words for staff pages and exports.

/** active: a member; succeeded (承継) and withdrawn (脱退): no longer a member, logins refused. */
export type MemberStatus = 'active' | 'succeeded' | 'withdrawn';

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: '会員',
  succeeded: '承継済み（会員ではありません）',
  withdrawn: '脱退済み（会員ではありません）',
};

/** Said at ログイン, and to a change that was on its way when the membership ended. */
export const MEMBERSHIP_ENDED = '会員資格が終了しているため（承継または脱退）、本システムはご利用いただけません。';

export function isMemberStatus(value: string): value is MemberStatus {
  return Object.hasOwn(MEMBER_STATUS_LABELS, value);
}

export function memberStatusLabel(status: MemberStatus): string {
  return MEMBER_STATUS_LABELS[status];
}

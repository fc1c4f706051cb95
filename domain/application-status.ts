// Where a membership application (加入申請) stands. The workflow drives it; the database mirrors it
// for pages; the OcctoStatus search attribute carries it for operators.
export const APPLICATION_STATUSES = {
  link_sent: 'リンク送信済み',
  link_expired: 'リンク期限切れ',
  provisional_submitted: '仮申請済み',
} as const;

export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;

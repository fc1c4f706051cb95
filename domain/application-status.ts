// Where a membership application (加入申請) stands. The workflow drives it; the database mirrors it
// for pages; the OcctoStatus search attribute carries it for operators.
export const APPLICATION_STATUSES = {
  link_sent: 'リンク送信済み',
  link_expired: 'リンク期限切れ',
  provisional_submitted: '仮申請済み（事業者コード発行待ち）',
  code_issued: '事業者コード発行済み（本申請待ち）',
  under_review: '本申請済み（審査中）',
  on_hold: '保留',
  rejected: '却下',
  approved: '承認',
  expired: '期限切れ',
} as const;

export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;

/** Statuses in which the applicant may submit 加入(本)申請 (again). */
export const FINAL_SUBMISSION_STATUSES: readonly ApplicationStatus[] = ['code_issued', 'on_hold', 'rejected'];

/** Statuses after which nothing happens any more. */
export const CLOSED_STATUSES: readonly ApplicationStatus[] = ['link_expired', 'approved', 'expired'];

/** Closed for the applicant: after 承認 the member logs in; an ended application (却下 before the
 * 事業者コード, or past a wait) is over, and the business starts again at リンク確認. */
export type ApplicationClosure = 'approved' | 'ended';

/** How the application is closed for the applicant; undefined while a step is still open to it. */
export function closureOf({ status, businessCode }: { status: ApplicationStatus; businessCode: string | null }): ApplicationClosure | undefined {
  if (status === 'approved') return 'approved';
  // A 却下 after the code is corrected through 本申請; before it, nothing can be corrected.
  if (status === 'link_expired' || status === 'expired' || (status === 'rejected' && !businessCode)) return 'ended';
  return undefined;
}

// 期限: what the end of an application's current wait is waiting for. Past it the workflow marks
// the application 期限切れ (expired).
import type { ApplicationStatus } from './application-status';

const AWAITED: Partial<Record<ApplicationStatus, string>> = {
  provisional_submitted: '事業者コードの発行',
  code_issued: '加入(本)申請',
  on_hold: '加入(本)申請',
  rejected: '加入(本)申請',
};

/** What the 期限 of an application in `status` waits for; nothing while staff review or once it has ended. */
export function awaitedBefore(status: ApplicationStatus): string | undefined {
  return AWAITED[status];
}

/** Whether the 期限 is the applicant's to keep (their 加入(本)申請), not the staff's. */
export const isApplicantDeadline = (status: ApplicationStatus): boolean => awaitedBefore(status) === '加入(本)申請';

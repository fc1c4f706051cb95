// 加入(本)申請の期限 in the mails that ask for the 本申請 (事業者コード, 保留, 却下, reminders): the
// applicant learns when the application would expire, as the status page shows it.
import { formatMailDateTime } from './mail-date';

export function finalApplicationDeadlineLines(deadline: Date | null | undefined): string[] {
  if (!deadline) return [];
  return ['', `加入(本)申請の期限: ${formatMailDateTime(deadline)}`, '期限を過ぎると、この加入申請は期限切れとなり、手続きは終了します。'];
}

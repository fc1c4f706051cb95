// A timeline table: when, what, who, and the reason or detail. Staff see the staff member's login
// id; applicants and members see 本機関.
import type { TimelineActor, TimelineEntry } from '../../db/repositories/application-timeline';
import { formatDateTime } from './date-time';

const ACTOR_LABELS: Record<TimelineActor, string> = { applicant: '申請者', staff: '本機関', system: 'システム' };

export function Timeline({ entries, audience }: { entries: TimelineEntry[]; audience: 'staff' | 'applicant' }) {
  return (
    <table class="history timeline">
      <thead>
        <tr><th scope="col">日時</th><th scope="col">内容</th><th scope="col">実施者</th><th scope="col">理由・詳細</th></tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr>
            <td>{formatDateTime(entry.at)}</td>
            <td>{entry.what}</td>
            <td>{audience === 'staff' && entry.actorName ? `${ACTOR_LABELS[entry.actor]}（${entry.actorName}）` : ACTOR_LABELS[entry.actor]}</td>
            <td class="reason">{entry.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

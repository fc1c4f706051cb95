// A timeline table: when, what, who, and the reason or detail. Staff see the staff member's login
// id; applicants and members see 本機関 (and which of their own users acted).
import type { TimelineActor, TimelineEntry } from '../../domain/timeline';
import { formatDateTime } from './date-time';

const ACTOR_LABELS: Record<TimelineActor, string> = { applicant: '申請者', staff: '本機関', system: 'システム' };

function actorText(entry: TimelineEntry, audience: 'staff' | 'applicant'): string {
  const showName = entry.actorName && (audience === 'staff' || entry.actor !== 'staff');
  return showName ? `${ACTOR_LABELS[entry.actor]}（${entry.actorName}）` : ACTOR_LABELS[entry.actor];
}

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
            <td>{actorText(entry, audience)}</td>
            <td class="reason">{entry.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The steps of a change request (申請, 保留/却下 with the reason, 再申請, 承認, 取下げ), oldest first.
import type { ChangeRequestEvent } from '../../db/models/change-request-event';
import { CHANGE_REQUEST_EVENT_KINDS } from '../../domain/change-request';
import { formatDateTime } from './date-time';

export function ChangeRequestHistory({ events, actorLabel }: { events: ChangeRequestEvent[]; actorLabel: (actor: string) => string }) {
  return (
    <table class="history">
      <caption>経過</caption>
      <thead>
        <tr><th scope="col">日時</th><th scope="col">内容</th><th scope="col">操作者</th><th scope="col">理由</th></tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr>
            <td>{formatDateTime(e.occurredAt)}</td>
            <td>{CHANGE_REQUEST_EVENT_KINDS[e.kind]}</td>
            <td>{actorLabel(e.actor)}</td>
            <td class="reason">{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

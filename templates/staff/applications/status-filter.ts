// 加入申請一覧 filtered to one 状況 (`?status=approved`), the way from the dashboard's counts to
// the applications behind them, finished ones included; and searched by a text (`?q=`).
import { APPLICATION_STATUSES, CLOSED_STATUSES, type ApplicationStatus } from '../../../domain/application-status';
import type { QueueOrder } from '../../../db/repositories/staff-queues';

/** Statuses from 加入(仮)申請 on: before it an application has no 受付番号 and no staff page. */
export const LISTED_STATUSES: readonly ApplicationStatus[] = (Object.keys(APPLICATION_STATUSES) as ApplicationStatus[]).filter((status) => status !== 'link_sent' && status !== 'link_expired');

/** The status asked for, or undefined (the sections of open work) for anything else. */
export function listedStatus(raw: string | undefined): ApplicationStatus | undefined {
  return LISTED_STATUSES.find((status) => status === raw);
}

/** Finished applications are looked up, most recent first; open ones are worked through, oldest first. */
export function statusOrder(status: ApplicationStatus): QueueOrder {
  return CLOSED_STATUSES.includes(status) ? 'newest' : 'oldest';
}

export interface ApplicationListFilter {
  status?: ApplicationStatus | undefined;
  /** 受付番号, 事業者コード or part of a 会社名 */
  text?: string | undefined;
}

/** The list filtered so, at `page`; page 1 and empty filters are left out of the address. */
export function applicationListHref({ status, text }: ApplicationListFilter, page = 1): string {
  const params = new URLSearchParams();
  if (text) params.set('q', text);
  if (status) params.set('status', status);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/staff/applications${query ? `?${query}` : ''}`;
}

// The staff queues a page at a time, oldest first: 加入申請一覧 by last change, 会員情報変更申請一覧
// by submission; 加入申請一覧 filtered to a closed status newest first, since finished items are
// looked up, not worked through. The id breaks ties, so rows changed at the same instant neither
// repeat nor go missing between pages. Pages are read from migration 0009's indexes (backwards
// for newest first), counts from an index alone.
import { Op, QueryTypes } from 'sequelize';
import type { ApplicationStatus } from '../../domain/application-status';
import type { ChangeRequestStatus } from '../../domain/change-request';
import { pageWindow, type PageWindow } from '../../domain/paging';
import type { Database } from '../database';
import type { ChangeRequest } from '../models/change-request';
import type { MembershipApplication } from '../models/membership-application';

export const QUEUE_PAGE_SIZE = 50;

export interface QueuePage<Row> extends PageWindow {
  rows: Row[];
}

const DIRECTION = { oldest: 'ASC', newest: 'DESC' } as const;
export type QueueOrder = keyof typeof DIRECTION;

interface QueueTable {
  table: 'membership_applications' | 'change_requests';
  /** The column the queue is ordered by */
  at: 'updated_at' | 'submitted_at';
  /** What else a row needs to be in the queue (the partial index's condition) */
  condition: string;
}

/**
 * The ids on the page. A section may hold several statuses, and one index scan cannot give
 * `status IN (…)` in time order, so PostgreSQL would sort the whole section: instead each status
 * reads only its first rows up to the end of the page from the index, and those few are merged.
 */
async function pageIds(db: Database, queue: QueueTable, statuses: readonly string[], { total, offset }: PageWindow, order: QueueOrder): Promise<string[]> {
  if (total === 0) return [];
  const { table, at, condition } = queue;
  const direction = DIRECTION[order];
  const branches = statuses.map((_, i) => `(SELECT id, ${at} AS at FROM ${table} WHERE status = :status${i} AND ${condition} ORDER BY ${at} ${direction}, id ${direction} LIMIT :end)`);
  const rows = await db.sequelize.query<{ id: string }>(`SELECT id FROM (${branches.join(' UNION ALL ')}) AS queue ORDER BY at ${direction}, id ${direction} LIMIT :limit OFFSET :offset`, {
    type: QueryTypes.SELECT,
    replacements: { ...Object.fromEntries(statuses.map((status, i) => [`status${i}`, status])), end: offset + QUEUE_PAGE_SIZE, limit: QUEUE_PAGE_SIZE, offset },
  });
  return rows.map((row) => row.id);
}

const APPLICATIONS: QueueTable = { table: 'membership_applications', at: 'updated_at', condition: 'receipt_number IS NOT NULL' };
/** The same, less the applications a 却下 before the 事業者コード has ended (domain closureOf): nobody's turn any more. */
const OPEN_APPLICATIONS: QueueTable = { ...APPLICATIONS, condition: "receipt_number IS NOT NULL AND (status <> 'rejected' OR business_code IS NOT NULL)" };
const CHANGE_REQUESTS: QueueTable = { table: 'change_requests', at: 'submitted_at', condition: 'TRUE' };

/**
 * Applications with a 受付番号 (those before 加入(仮)申請 are not the staff's yet) in `statuses`;
 * `which: 'open'` leaves out the ended ones, for the queues staff work through.
 */
export async function applicationQueuePage(
  db: Database,
  statuses: ApplicationStatus[],
  rawPage: string | undefined,
  order: QueueOrder = 'oldest',
  which: 'open' | 'all' = 'all',
): Promise<QueuePage<MembershipApplication>> {
  const queue = which === 'open' ? OPEN_APPLICATIONS : APPLICATIONS;
  const [counted] = await db.sequelize.query<{ total: string }>(`SELECT count(*) AS total FROM ${queue.table} WHERE status IN (:statuses) AND ${queue.condition}`, {
    type: QueryTypes.SELECT,
    replacements: { statuses },
  });
  const window = pageWindow(rawPage, Number(counted?.total ?? 0), QUEUE_PAGE_SIZE);
  const ids = await pageIds(db, queue, statuses, window, order);
  const direction = DIRECTION[order];
  const rows = ids.length === 0 ? [] : await db.models.MembershipApplication.findAll({ where: { id: ids }, order: [['updatedAt', direction], ['id', direction]] });
  return { ...window, rows };
}

export async function changeRequestQueuePage(db: Database, statuses: ChangeRequestStatus[], rawPage: string | undefined): Promise<QueuePage<ChangeRequest>> {
  const total = await db.models.ChangeRequest.count({ where: { status: { [Op.in]: statuses } } });
  const window = pageWindow(rawPage, total, QUEUE_PAGE_SIZE);
  const ids = await pageIds(db, CHANGE_REQUESTS, statuses, window, 'oldest');
  const rows = ids.length === 0 ? [] : await db.models.ChangeRequest.findAll({ where: { id: ids }, order: [['submittedAt', 'ASC'], ['id', 'ASC']] });
  return { ...window, rows };
}

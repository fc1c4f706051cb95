// The staff dashboard's figures: applications per status, the items waiting longest for staff,
// applications per week (Japan weeks, Monday first), and the open 会員情報変更申請 per status.
import { Op, QueryTypes } from 'sequelize';
import type { ApplicationStatus } from '../../domain/application-status';
import { OPEN_STATUSES, type ChangeRequestStatus } from '../../domain/change-request';
import type { Database } from '../database';

/** Statuses in which the next step is the staff's. */
const WAITING_FOR_STAFF: ApplicationStatus[] = ['provisional_submitted', 'under_review'];

export async function applicationCounts(db: Database): Promise<Partial<Record<ApplicationStatus, number>>> {
  const rows = await db.models.MembershipApplication.count({ group: ['status'] });
  return Object.fromEntries(rows.map((row) => [row.status as ApplicationStatus, Number(row.count)]));
}

/** Open requests only (those 会員情報変更申請一覧 shows), counted from migration 0009's index. */
export async function changeRequestCounts(db: Database): Promise<Partial<Record<ChangeRequestStatus, number>>> {
  const rows = await db.models.ChangeRequest.count({ where: { status: { [Op.in]: OPEN_STATUSES } }, group: ['status'] });
  return Object.fromEntries(rows.map((row) => [row.status as ChangeRequestStatus, Number(row.count)]));
}

export function oldestWaiting(db: Database, limit = 5) {
  return db.models.MembershipApplication.findAll({
    where: { status: { [Op.in]: WAITING_FOR_STAFF } },
    order: [['updatedAt', 'ASC']],
    attributes: ['id', 'receiptNumber', 'companyName', 'status', 'updatedAt', 'deadlineAt'],
    limit,
  });
}

export interface WeekCount {
  /** Monday of the week, YYYY-MM-DD in Japan time */
  week: string;
  count: number;
}

/** The last `weeks` weeks, oldest first, with zero for weeks without applications. */
export async function applicationsPerWeek(db: Database, weeks: number, now = new Date()): Promise<WeekCount[]> {
  const rows = await db.sequelize.query<{ week: string; count: string }>(
    `SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'Asia/Tokyo'), 'YYYY-MM-DD') AS week, count(*) AS count
       FROM membership_applications
      WHERE created_at >= :since
      GROUP BY 1`,
    { type: QueryTypes.SELECT, replacements: { since: new Date(now.getTime() - weeks * 7 * 86_400_000) } },
  );
  const counts = new Map(rows.map((row) => [row.week, Number(row.count)]));
  const tokyoNow = new Date(now.getTime() + 9 * 3_600_000);
  const monday = new Date(Date.UTC(tokyoNow.getUTCFullYear(), tokyoNow.getUTCMonth(), tokyoNow.getUTCDate() - ((tokyoNow.getUTCDay() + 6) % 7)));
  return Array.from({ length: weeks }, (_, i) => {
    const week = new Date(monday.getTime() - (weeks - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10);
    return { week, count: counts.get(week) ?? 0 };
  });
}

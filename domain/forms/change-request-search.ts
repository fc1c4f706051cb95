// 会員情報変更申請一覧's search: 申請日 from / to, 種別, 状態. Anything malformed is ignored
// rather than refused, so a search never fails.
import { z } from 'zod';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES, type ChangeRequestKind, type ChangeRequestStatus } from '../change-request';

/** A real calendar day (2026-02-30 is not) from 1900 on, as the database can compare it; else ''. */
function calendarDay(value: string | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01') return '';
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value ? value : '';
}

const date = z.string().optional().transform(calendarDay);

export const changeRequestSearchSchema = z.object({
  from: date,
  to: date,
  kind: z
    .string()
    .optional()
    .transform((v) => (v && v in CHANGE_REQUEST_KINDS ? (v as ChangeRequestKind) : '')),
  status: z
    .string()
    .optional()
    .transform((v) => (v && v in CHANGE_REQUEST_STATUSES ? (v as ChangeRequestStatus) : '')),
});

export type ChangeRequestSearch = z.output<typeof changeRequestSearchSchema>;

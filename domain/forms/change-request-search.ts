// 会員情報変更申請一覧's search: 申請日 from / to, 種別, 状態. Anything malformed is ignored
// rather than refused, so a search never fails.
import { z } from 'zod';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES, type ChangeRequestKind, type ChangeRequestStatus } from '../change-request';

const date = z
  .string()
  .optional()
  .transform((v) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : ''));

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

// 加入申請一覧 searched (staff): applications from 加入(仮)申請 on whose 受付番号 or 事業者コード is the
// text, or whose 会社名 contains it; optionally in one 状況; most recently changed first.
import { Op, type WhereOptions } from 'sequelize';
import type { ApplicationStatus } from '../../domain/application-status';
import { toHalfWidth } from '../../domain/forms/text';
import { normalizeReceiptNumber } from '../../domain/receipt-number';
import type { Database } from '../database';
import type { MembershipApplication } from '../models/membership-application';
import { readPage } from './paged-read';
import { QUEUE_PAGE_SIZE, type QueuePage } from './staff-queues';
import { companyNameSpellings, likeContains } from './text-match';

function matches(text: string): WhereOptions<MembershipApplication> {
  const receiptNumber = normalizeReceiptNumber(text);
  const code = toHalfWidth(text).toUpperCase();
  return {
    [Op.or]: [
      ...(receiptNumber ? [{ receiptNumber }] : []),
      ...(/^[0-9A-Z]{4}$/.test(code) ? [{ businessCode: code }] : []),
      ...companyNameSpellings(text).map((spelling) => ({ companyName: { [Op.iLike]: likeContains(spelling) } })),
    ],
  };
}

export function searchApplications(db: Database, text: string, status: ApplicationStatus | undefined, rawPage: string | undefined): Promise<QueuePage<MembershipApplication>> {
  const where: WhereOptions<MembershipApplication> = { [Op.and]: [{ receiptNumber: { [Op.ne]: null } }, ...(status ? [{ status }] : []), matches(text)] };
  return readPage(rawPage, QUEUE_PAGE_SIZE, {
    rows: (bounds) => db.models.MembershipApplication.findAll({ where, order: [['updatedAt', 'DESC'], ['id', 'DESC']], ...bounds }),
    count: () => db.models.MembershipApplication.count({ where }),
  });
}

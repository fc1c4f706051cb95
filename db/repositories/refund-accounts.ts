// 容量市場口座情報等: a registration is a new row plus its audit entry, in one transaction.
import type { RefundAccountInput } from '../../domain/forms/refund-account';
import type { FieldChange } from '../../domain/member-diff';
import type { Database } from '../database';
import type { RefundAccount } from '../models/refund-account';
import { recordAudit } from './member-audit';
import { lockActiveMember } from './member-lock';

const LABELS: [keyof RefundAccountInput, string][] = [
  ['bankName', '金融機関名'],
  ['bankCode', '金融機関コード'],
  ['branchName', '支店名'],
  ['branchCode', '支店コード'],
  ['accountType', '預金種別'],
  ['accountNumber', '口座番号'],
  ['holderKana', '口座名義カナ'],
];

export function refundAccountHistory(db: Database, businessCode: string): Promise<RefundAccount[]> {
  return db.models.RefundAccount.findAll({ where: { businessCode }, order: [['id', 'DESC']], limit: 100 });
}

/** Registers the account; false when it equals the one in use (nothing to record). */
export async function registerRefundAccount(db: Database, businessCode: string, input: RefundAccountInput, actor: string): Promise<boolean> {
  return db.sequelize.transaction(async (transaction) => {
    // Two registrations at once are recorded one after the other.
    await lockActiveMember(db, businessCode, transaction);
    const current = await db.models.RefundAccount.findOne({ where: { businessCode }, order: [['id', 'DESC']], transaction });
    const changes: FieldChange[] = LABELS.flatMap(([key, label]) => {
      const before = current ? current[key] : '';
      return before === input[key] ? [] : [{ label, before, after: input[key] }];
    });
    if (changes.length === 0) return false;
    await db.models.RefundAccount.create({ ...input, businessCode, registeredBy: actor, registeredAt: new Date() }, { transaction });
    await recordAudit(db, { businessCode, actor, action: 'refund_account_registered', requestId: null, changes }, transaction);
    return true;
  });
}

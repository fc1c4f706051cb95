// Finds an application by 加入申請受付番号 + 管理者①メールアドレス (both must match).
import type { Database } from '../db/database';

export async function findByReceipt(db: Database, receiptNumber: string, adminEmail: string) {
  const application = await db.models.MembershipApplication.findOne({ where: { receiptNumber } });
  return application && application.adminEmail === adminEmail.toLowerCase() ? application : null;
}

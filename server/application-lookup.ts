// Finds an application by 加入申請受付番号 + 管理者①メールアドレス (both must match), and the
// history a status page or the 本申請 form shows.
import type { Database } from '../db/database';

export async function findByReceipt(db: Database, receiptNumber: string, adminEmail: string) {
  const application = await db.models.MembershipApplication.findOne({ where: { receiptNumber } });
  return application && application.adminEmail === adminEmail.toLowerCase() ? application : null;
}

export function historyOf(db: Database, applicationId: string) {
  return db.models.MembershipApplicationEvent.findAll({ where: { applicationId }, order: [['sequence', 'ASC']] });
}

// Finds an application by 加入申請受付番号 + 管理者①メールアドレス (both must match).
import type { Database } from '../db/database';

export async function findByReceipt(db: Database, receiptNumber: string, adminEmail: string) {
  const application = await db.models.MembershipApplication.findOne({ where: { receiptNumber } });
  if (!application) return null;
  const email = adminEmail.toLowerCase();
  // The manual asks for the address entered at 加入仮申請; a 本申請 may have changed 管理者① since,
  // so the current address opens the application too.
  const given = [application.adminEmail, application.provisionalData?.administrator1.email.toLowerCase()];
  return given.includes(email) ? application : null;
}

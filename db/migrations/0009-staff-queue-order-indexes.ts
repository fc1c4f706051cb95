// The staff queues (加入申請一覧, 会員情報変更申請一覧) a page at a time: each section's count and
// page are read from an index in the list's order (status, then oldest first, the id breaking
// ties), so neither sorts the whole backlog. Applications without a 受付番号 never reach the staff,
// hence the partial index.
import type { QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query(
    'CREATE INDEX membership_applications_staff_queue ON membership_applications (status, updated_at, id) WHERE receipt_number IS NOT NULL',
  );
  await qi.sequelize.query('CREATE INDEX change_requests_staff_queue ON change_requests (status, submitted_at, id)');
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.sequelize.query('DROP INDEX change_requests_staff_queue');
  await qi.sequelize.query('DROP INDEX membership_applications_staff_queue');
}

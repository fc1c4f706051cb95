// 期限: when the wait an application is in ends (the 事業者コード awaited, the applicant's 本申請
// awaited after the code, a 保留 or a 却下), as the workflow set it with the step that began the
// wait; empty while staff review and once the application is closed. Shown to staff, and the
// 本申請's to the applicant.
import { DataTypes, type QueryInterface } from 'sequelize';

export async function up({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.addColumn('membership_applications', 'deadline_at', { type: DataTypes.DATE, allowNull: true });
}

export async function down({ context: qi }: { context: QueryInterface }): Promise<void> {
  await qi.removeColumn('membership_applications', 'deadline_at');
}

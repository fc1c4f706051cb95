// Reminders: to applicants whose 本申請 is awaited, and the staff digest of items waiting for a
// decision. Since workflow version 2 the applicant's period comes back from
// recordApplicationEvent; reminderSettings answers the staff digest as each of its waits begins,
// and application workflows begun before version 2. Either way a changed setting applies to the
// waits that begin after it.
import { Op } from 'sequelize';
import { APPLICATION_STATUSES } from '../domain/application-status';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES } from '../domain/change-request';
import { FINAL_APPLICATION_PATH, statusPath } from '../domain/status-link-token';
import { joinReminderMail, type JoinReminderMailInput } from '../templates/mail/join-reminder';
import { staffDigestMail, type DigestItem } from '../templates/mail/staff-digest';
import type { ActivityDeps } from './deps';
import { deliverOnce } from './mail/deliver-once';

export interface ReminderInput {
  applicationId: string;
  status: JoinReminderMailInput['status'];
  /** Which wait (the number of events so far) and which reminder within it: one mail each. */
  round: number;
  reminder: number;
}

export function createReminderActivities(deps: ActivityDeps) {
  const { db } = deps;

  return {
    async reminderSettings(): Promise<ActivityDeps['reminders']> {
      return deps.reminders;
    },

    async sendApplicantReminder(input: ReminderInput): Promise<void> {
      const application = await db.models.MembershipApplication.findByPk(input.applicationId);
      const adminEmail = (application?.finalData ?? application?.provisionalData)?.administrator1.email;
      if (!application?.receiptNumber || !adminEmail) throw new Error(`application ${input.applicationId} has no 受付番号 or 管理者①`);
      const mail = joinReminderMail({
        companyName: application.companyName,
        status: input.status,
        finalApplicationUrl: `${deps.publicBaseUrl}${FINAL_APPLICATION_PATH}`,
        statusUrl: `${deps.publicBaseUrl}${statusPath(deps.appSecret, application.receiptNumber)}`,
        finalApplicationDeadline: application.deadlineAt,
      });
      await deliverOnce(db, deps.mailer, deps.mailFrom, {
        idempotencyKey: `join-reminder:${input.applicationId}:${input.round}:${input.reminder}`,
        to: adminEmail,
        ...mail,
      });
    },

    /** One digest per period (`periodKey`), to every staff account; nothing when nothing waits. */
    async sendStaffDigest(input: { periodKey: string; now: string }): Promise<number> {
      const now = new Date(input.now);
      const before = new Date(now.getTime() - deps.reminders.staffDigestMinAgeMs);
      const [applications, requests, staff] = await Promise.all([
        db.models.MembershipApplication.findAll({ where: { status: { [Op.in]: ['provisional_submitted', 'under_review'] }, updatedAt: { [Op.lt]: before } }, order: [['updatedAt', 'ASC']] }),
        db.models.ChangeRequest.findAll({ where: { status: 'under_review', updatedAt: { [Op.lt]: before } }, order: [['updatedAt', 'ASC']] }),
        db.models.StaffUser.findAll({ attributes: ['email'] }),
      ]);
      const items: DigestItem[] = [
        ...applications.map((a) => ({
          label: `加入申請 ${a.receiptNumber ?? ''}`,
          companyName: a.companyName,
          status: APPLICATION_STATUSES[a.status],
          since: a.updatedAt,
          url: `${deps.publicBaseUrl}/staff/applications/${a.id}`,
        })),
        ...requests.map((r) => ({
          label: `${CHANGE_REQUEST_KINDS[r.kind]} ${r.businessCode}`,
          companyName: r.requestedCompany?.companyName ?? r.businessCode,
          status: CHANGE_REQUEST_STATUSES.under_review,
          since: r.updatedAt,
          url: `${deps.publicBaseUrl}/staff/changes/${r.id}`,
        })),
      ].sort((a, b) => a.since.getTime() - b.since.getTime());
      if (items.length === 0) return 0;
      const mail = staffDigestMail(items, Math.round(deps.reminders.staffDigestMinAgeMs / 86_400_000), now);
      for (const { email } of staff) {
        await deliverOnce(db, deps.mailer, deps.mailFrom, { idempotencyKey: `staff-digest:${input.periodKey}:${email}`, to: email, ...mail });
      }
      return items.length;
    },
  };
}

// Side effects of the membership application workflow: its database record and its mails.
// Each one is safe to retry: inserts ignore an existing row, mails go through the ledger.
import type { Database } from '../db/database';
import type { ApplicationStatus } from '../domain/application-status';
import { joinLinkUrl } from '../domain/join-link-token';
import { joinLinkMail } from '../templates/mail/join-link';
import { deliverOnce, type DeliveryResult } from './mail/deliver-once';
import type { Mailer } from './mail/mailer';

export interface ApplicationActivityDeps {
  db: Database;
  mailer: Mailer;
  mailFrom: string;
  publicBaseUrl: string;
  appSecret: string;
}

export interface RecordApplicationInput {
  applicationId: string;
  companyName: string;
  contactName: string;
  email: string;
  linkExpiresAt: string;
}

export function createApplicationActivities(deps: ApplicationActivityDeps) {
  const { MembershipApplication } = deps.db.models;

  async function loadApplication(applicationId: string) {
    const application = await MembershipApplication.findByPk(applicationId);
    if (!application) throw new Error(`membership application ${applicationId} is not recorded`);
    return application;
  }

  return {
    async recordApplication(input: RecordApplicationInput): Promise<void> {
      await MembershipApplication.bulkCreate(
        [{
          id: input.applicationId,
          companyName: input.companyName,
          contactName: input.contactName,
          email: input.email,
          status: 'link_sent',
          linkExpiresAt: new Date(input.linkExpiresAt),
        }],
        { ignoreDuplicates: true },
      );
    },

    async sendJoinLinkMail(applicationId: string): Promise<DeliveryResult> {
      const application = await loadApplication(applicationId);
      const mail = joinLinkMail({
        companyName: application.companyName,
        contactName: application.contactName,
        url: joinLinkUrl(deps.publicBaseUrl, deps.appSecret, application.id),
        expiresAt: application.linkExpiresAt,
      });
      return deliverOnce(deps.db, deps.mailer, deps.mailFrom, {
        idempotencyKey: `join-link:${application.id}`,
        to: application.email,
        ...mail,
      });
    },

    async setApplicationStatus(applicationId: string, status: ApplicationStatus): Promise<void> {
      await MembershipApplication.update({ status }, { where: { id: applicationId } });
    },
  };
}

// Side effects of the membership application workflow: its database record and its mails.
// Each one is safe to retry: inserts ignore an existing row, mails go through the ledger.
import { randomInt } from 'node:crypto';
import { UniqueConstraintError } from 'sequelize';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { recordApplicationStep, reserveBusinessCode } from '../db/repositories/application-steps';
import type { ApplicationData } from '../domain/application-data';
import type { ApplicationEventKind } from '../domain/application-event';
import type { ApplicationStatus } from '../domain/application-status';
import { joinLinkUrl } from '../domain/join-link-token';
import { RECEIPT_ALPHABET_SIZE, receiptNumberFrom } from '../domain/receipt-number';
import { FINAL_APPLICATION_PATH, statusPath } from '../domain/status-link-token';
import { businessCodeMail } from '../templates/mail/business-code';
import { decisionMail } from '../templates/mail/decision';
import { joinLinkMail } from '../templates/mail/join-link';
import { receiptMail } from '../templates/mail/receipt';
import { deliverOnce, type DeliveryResult } from './mail/deliver-once';
import type { Mailer } from './mail/mailer';

export interface ApplicationActivityDeps {
  db: Database;
  mailer: Mailer;
  mailFrom: string;
  publicBaseUrl: string;
  appSecret: string;
  reminders: Config['reminders'];
}

export interface RecordApplicationInput {
  applicationId: string;
  companyName: string;
  contactName: string;
  email: string;
  linkExpiresAt: string;
}

export interface RecordEventInput {
  applicationId: string;
  sequence: number;
  kind: ApplicationEventKind;
  status: ApplicationStatus;
  actor: string;
  reason?: string | undefined;
  at: string;
  /** 期限 of the wait the step begins; none from workflows started before it was recorded. */
  deadlineAt?: string | undefined;
}

export function createApplicationActivities(deps: ApplicationActivityDeps) {
  const { MembershipApplication, MembershipApplicationEvent } = deps.db.models;

  async function loadApplication(applicationId: string) {
    const application = await MembershipApplication.findByPk(applicationId);
    if (!application) throw new Error(`membership application ${applicationId} is not recorded`);
    return application;
  }

  /** The data as it stands: the latest 本申請, else 仮申請. */
  async function loadSubmitted(applicationId: string) {
    const application = await loadApplication(applicationId);
    const data = application.finalData ?? application.provisionalData;
    if (!data || !application.receiptNumber) throw new Error(`membership application ${applicationId} has no 仮申請 yet`);
    const administrator = data.administrator1;
    return { application, data, receiptNumber: application.receiptNumber, administratorName: `${administrator.lastName} ${administrator.firstName}` };
  }

  const url = (path: string) => `${deps.publicBaseUrl}${path}`;

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

    /** A wait's end (期限切れ): the status it expires to, with no 期限 left. */
    async setApplicationStatus(applicationId: string, status: ApplicationStatus): Promise<void> {
      await MembershipApplication.update({ status, deadlineAt: null }, { where: { id: applicationId } });
    },

    /** Stores 加入(仮)申請 and gives the application its 受付番号 (once; a retry keeps it). */
    async saveProvisionalApplication(input: { applicationId: string; data: ApplicationData }): Promise<{ receiptNumber: string }> {
      const application = await loadApplication(input.applicationId);
      const fields = {
        provisionalData: input.data,
        adminEmail: input.data.administrator1.email.toLowerCase(),
        companyName: input.data.company.companyName,
        provisionalSubmittedAt: application.provisionalSubmittedAt ?? new Date(),
      };
      if (application.receiptNumber) {
        await application.update(fields);
        return { receiptNumber: application.receiptNumber };
      }
      // 29^7 numbers: a collision is rare, and the unique index catches it.
      for (;;) {
        const receiptNumber = receiptNumberFrom(() => randomInt(RECEIPT_ALPHABET_SIZE));
        try {
          await application.update({ ...fields, receiptNumber });
          return { receiptNumber };
        } catch (error) {
          if (!(error instanceof UniqueConstraintError)) throw error;
        }
      }
    },

    async sendReceiptMail(applicationId: string): Promise<DeliveryResult> {
      const { data, receiptNumber, administratorName } = await loadSubmitted(applicationId);
      return deliverOnce(deps.db, deps.mailer, deps.mailFrom, {
        idempotencyKey: `join-receipt:${applicationId}`,
        to: data.administrator1.email,
        ...receiptMail({
          companyName: data.company.companyName,
          administratorName,
          receiptNumber,
          finalApplicationUrl: url(FINAL_APPLICATION_PATH),
          statusUrl: url(statusPath(deps.appSecret, receiptNumber)),
        }),
      });
    },

    /** The 事業者コード for this application, if no member and no other application has it. */
    async reserveBusinessCode(input: { applicationId: string; businessCode: string }): Promise<boolean> {
      return reserveBusinessCode(deps.db, input.applicationId, input.businessCode);
    },

    async sendBusinessCodeMail(applicationId: string): Promise<DeliveryResult> {
      const { application, data, receiptNumber, administratorName } = await loadSubmitted(applicationId);
      return deliverOnce(deps.db, deps.mailer, deps.mailFrom, {
        idempotencyKey: `join-business-code:${applicationId}`,
        to: data.administrator1.email,
        ...businessCodeMail({
          companyName: data.company.companyName,
          administratorName,
          receiptNumber,
          businessCode: application.businessCode ?? '',
          finalApplicationUrl: url(FINAL_APPLICATION_PATH),
          finalApplicationDeadline: application.deadlineAt,
        }),
      });
    },

    async saveFinalApplication(input: { applicationId: string; data: ApplicationData }): Promise<void> {
      await MembershipApplication.update(
        { finalData: input.data, companyName: input.data.company.companyName, adminEmail: input.data.administrator1.email.toLowerCase(), finalSubmittedAt: new Date() },
        { where: { id: input.applicationId } },
      );
    },

    /**
     * One step of the history, and the status it leads to, together. Answers the reminder
     * settings in force, which the wait that the step begins goes by (one local activity less).
     */
    async recordApplicationEvent(input: RecordEventInput): Promise<Config['reminders']> {
      await recordApplicationStep(deps.db, { ...input, reason: input.reason ?? null, at: new Date(input.at), deadlineAt: input.deadlineAt ? new Date(input.deadlineAt) : null });
      return deps.reminders;
    },

    /** 保留 / 却下 with its reason, to 管理者①. */
    async sendDecisionMail(input: { applicationId: string; sequence: number }): Promise<DeliveryResult> {
      const { application, data, receiptNumber, administratorName } = await loadSubmitted(input.applicationId);
      const event = await MembershipApplicationEvent.findOne({ where: { applicationId: input.applicationId, sequence: input.sequence } });
      if (!event || (event.kind !== 'on_hold' && event.kind !== 'rejected')) throw new Error(`no decision ${input.sequence} on ${input.applicationId}`);
      return deliverOnce(deps.db, deps.mailer, deps.mailFrom, {
        idempotencyKey: `join-decision:${input.applicationId}:${input.sequence}`,
        to: data.administrator1.email,
        ...decisionMail({
          kind: event.kind,
          companyName: data.company.companyName,
          administratorName,
          receiptNumber,
          reason: event.reason ?? '',
          ...(application.businessCode ? { finalApplicationUrl: url(FINAL_APPLICATION_PATH), finalApplicationDeadline: application.deadlineAt } : {}),
          statusUrl: url(statusPath(deps.appSecret, receiptNumber)),
        }),
      });
    },
  };
}

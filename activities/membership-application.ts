// Side effects of the membership application workflow: its database record and its mails.
// Each one is safe to retry: inserts ignore an existing row, mails go through the ledger.
import { randomInt } from 'node:crypto';
import { UniqueConstraintError } from 'sequelize';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { applicationMailFacts } from '../db/repositories/application-mail-facts';
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
import { deliverUnlessSent, type DeliveryResult, type OutgoingMail } from './mail/deliver-once';
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

  /** What a mail says, with the ledger's entry for its key (a mail is sent once). */
  async function mailFacts(applicationId: string, idempotencyKey: string) {
    const facts = await applicationMailFacts(deps.db, applicationId, idempotencyKey);
    if (!facts) throw new Error(`membership application ${applicationId} is not recorded`);
    return facts;
  }

  /** The same for the mails after 仮申請: the data as it stands (the latest 本申請, else 仮申請) and its 受付番号. */
  async function submittedMailFacts(applicationId: string, idempotencyKey: string) {
    const facts = await mailFacts(applicationId, idempotencyKey);
    const { submitted, receiptNumber } = facts;
    if (!submitted || !receiptNumber) throw new Error(`membership application ${applicationId} has no 仮申請 yet`);
    const administrator = submitted.administrator1;
    return { ...facts, submitted, receiptNumber, administratorName: `${administrator.lastName} ${administrator.firstName}` };
  }

  const deliver = (sentMessageId: string | null, mail: OutgoingMail) => deliverUnlessSent(deps.db, deps.mailer, deps.mailFrom, sentMessageId, mail);

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
      const idempotencyKey = `join-link:${applicationId}`;
      const facts = await mailFacts(applicationId, idempotencyKey);
      const mail = joinLinkMail({
        companyName: facts.companyName,
        contactName: facts.contactName,
        url: joinLinkUrl(deps.publicBaseUrl, deps.appSecret, facts.id),
        expiresAt: facts.linkExpiresAt,
      });
      return deliver(facts.sentMessageId, { idempotencyKey, to: facts.email, ...mail });
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
      const idempotencyKey = `join-receipt:${applicationId}`;
      const { submitted, receiptNumber, administratorName, sentMessageId } = await submittedMailFacts(applicationId, idempotencyKey);
      return deliver(sentMessageId, {
        idempotencyKey,
        to: submitted.administrator1.email,
        ...receiptMail({
          companyName: submitted.companyName,
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
      const idempotencyKey = `join-business-code:${applicationId}`;
      const { submitted, receiptNumber, administratorName, businessCode, deadlineAt, sentMessageId } = await submittedMailFacts(applicationId, idempotencyKey);
      return deliver(sentMessageId, {
        idempotencyKey,
        to: submitted.administrator1.email,
        ...businessCodeMail({
          companyName: submitted.companyName,
          administratorName,
          receiptNumber,
          businessCode: businessCode ?? '',
          finalApplicationUrl: url(FINAL_APPLICATION_PATH),
          finalApplicationDeadline: deadlineAt,
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
      const idempotencyKey = `join-decision:${input.applicationId}:${input.sequence}`;
      const { submitted, receiptNumber, administratorName, businessCode, deadlineAt, sentMessageId } = await submittedMailFacts(input.applicationId, idempotencyKey);
      const event = await MembershipApplicationEvent.findOne({ where: { applicationId: input.applicationId, sequence: input.sequence } });
      if (!event || (event.kind !== 'on_hold' && event.kind !== 'rejected')) throw new Error(`no decision ${input.sequence} on ${input.applicationId}`);
      return deliver(sentMessageId, {
        idempotencyKey,
        to: submitted.administrator1.email,
        ...decisionMail({
          kind: event.kind,
          companyName: submitted.companyName,
          administratorName,
          receiptNumber,
          reason: event.reason ?? '',
          ...(businessCode ? { finalApplicationUrl: url(FINAL_APPLICATION_PATH), finalApplicationDeadline: deadlineAt } : {}),
          statusUrl: url(statusPath(deps.appSecret, receiptNumber)),
        }),
      });
    },
  };
}

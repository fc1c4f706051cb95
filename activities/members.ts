// 承認 turns an application into a member: the member record, its 管理者 with initial passwords,
// the approval mail. Every step is safe to retry after a crash: rows are keyed (事業者コード,
// application id, 管理者 slot) and mails go through the ledger.
import type { Database } from '../db/database';
import { applicationMailFacts } from '../db/repositories/application-mail-facts';
import type { AdministratorInfo } from '../domain/application-data';
import { generatePassword } from '../domain/password-generator';
import type { PasswordPolicy } from '../domain/password-policy';
import { hashPassword } from '../domain/password-hash';
import { approvedMail } from '../templates/mail/approved';
import { userPasswordMail } from '../templates/mail/user-password';
import { deliverUnlessSent, sendAndRecord, sentBefore, type DeliveryResult } from './mail/deliver-once';
import type { Mailer } from './mail/mailer';

export interface MemberActivityDeps {
  db: Database;
  mailer: Mailer;
  mailFrom: string;
  publicBaseUrl: string;
  /** The configured rules the mailed initial passwords meet. */
  passwordPolicy: PasswordPolicy;
}

export type AdministratorSlot = 1 | 2;

export function createMemberActivities(deps: MemberActivityDeps) {
  const { MembershipApplication, Member, User } = deps.db.models;
  const loginUrl = `${deps.publicBaseUrl}/`;

  async function loadApproved(applicationId: string) {
    const application = await MembershipApplication.findByPk(applicationId);
    const data = application?.finalData;
    const businessCode = application?.businessCode;
    if (!application || !data || !businessCode || !application.receiptNumber) {
      throw new Error(`membership application ${applicationId} has no 本申請 with a 事業者コード`);
    }
    return { application, data, businessCode, receiptNumber: application.receiptNumber };
  }

  return {
    /** The member of an approved application (once: keyed by 事業者コード and by application). */
    async createMember(input: { applicationId: string }): Promise<{ businessCode: string; companyName: string; slots: AdministratorSlot[] }> {
      const { data, businessCode } = await loadApproved(input.applicationId);
      await Member.bulkCreate(
        [{ businessCode, company: data.company, companyName: data.company.companyName, applicationId: input.applicationId, joinedAt: new Date() }],
        { ignoreDuplicates: true },
      );
      const member = await Member.findByPk(businessCode);
      if (member?.applicationId !== input.applicationId) throw new Error(`事業者コード ${businessCode} belongs to another member`);
      return { businessCode, companyName: data.company.companyName, slots: data.administrator2 ? [1, 2] : [1] };
    },

    /**
     * 管理者① or ②: the user with a fresh initial password, mailed to them. The password exists
     * only here (never in workflow history or the ledger); if a crash came between creating the
     * user and sending the mail, the retry sets a new password and mails that one.
     */
    async provisionAdministrator(input: { applicationId: string; slot: AdministratorSlot }): Promise<DeliveryResult | undefined> {
      const { data, businessCode } = await loadApproved(input.applicationId);
      const administrator: AdministratorInfo | null = input.slot === 1 ? data.administrator1 : data.administrator2;
      if (!administrator) throw new Error(`application ${input.applicationId} has no 管理者${input.slot}`);
      const idempotencyKey = `initial-password:${businessCode}:${input.slot}`;
      if (await sentBefore(deps.db, idempotencyKey)) return undefined;

      const password = generatePassword(deps.passwordPolicy);
      const passwordHash = await hashPassword(password);
      const now = new Date();
      // One statement: the slot's user is created, or (a retry after a crash) given the new password.
      await User.bulkCreate(
        [{
          businessCode,
          adminSlot: input.slot,
          role: 'administrator',
          userId: administrator.userId,
          duties: administrator.duties,
          department: administrator.department,
          lastName: administrator.lastName,
          firstName: administrator.firstName,
          lastNameKana: administrator.lastNameKana,
          firstNameKana: administrator.firstNameKana,
          email: administrator.email,
          phone: administrator.phone,
          note: administrator.note,
          passwordHash,
          passwordChangedAt: now,
          mustChangePassword: true,
        }],
        { conflictAttributes: ['businessCode', 'adminSlot'], updateOnDuplicate: ['passwordHash', 'passwordChangedAt', 'mustChangePassword', 'updatedAt'] },
      );
      return sendAndRecord(deps.db, deps.mailer, deps.mailFrom, {
        idempotencyKey,
        to: administrator.email,
        ...userPasswordMail({
          companyName: data.company.companyName,
          userName: `${administrator.lastName} ${administrator.firstName}`,
          businessCode,
          userId: administrator.userId,
          password,
          loginUrl,
          reason: 'approved',
        }),
      });
    },

    async sendApprovalMail(applicationId: string): Promise<DeliveryResult> {
      const idempotencyKey = `join-approved:${applicationId}`;
      const facts = await applicationMailFacts(deps.db, applicationId, idempotencyKey);
      if (!facts?.finalSubmitted || !facts.submitted || !facts.businessCode || !facts.receiptNumber) {
        throw new Error(`membership application ${applicationId} has no 本申請 with a 事業者コード`);
      }
      const { submitted, businessCode, receiptNumber } = facts;
      const administrator = submitted.administrator1;
      return deliverUnlessSent(deps.db, deps.mailer, deps.mailFrom, facts.sentMessageId, {
        idempotencyKey,
        to: administrator.email,
        ...approvedMail({
          companyName: submitted.companyName,
          administratorName: `${administrator.lastName} ${administrator.firstName}`,
          receiptNumber,
          businessCode,
          loginUrl,
        }),
      });
    },
  };
}

// What an application's mails say, read in one statement together with the mail ledger's entry
// for the mail about to go: a mail needs a few columns and the 管理者①, not the whole row with
// both forms as a model instance, and no second statement to ask the ledger.
import { QueryTypes } from 'sequelize';
import type { AdministratorInfo } from '../../domain/application-data';
import type { Database } from '../database';

export interface ApplicationMailFacts {
  id: string;
  /** As given at リンク確認. */
  companyName: string;
  contactName: string;
  email: string;
  linkExpiresAt: Date;
  receiptNumber: string | null;
  businessCode: string | null;
  deadlineAt: Date | null;
  /** From the latest 本申請, else the 仮申請; null before the 仮申請. */
  submitted: { companyName: string; administrator1: AdministratorInfo } | null;
  /** Whether a 本申請 has been stored. */
  finalSubmitted: boolean;
  /** The ledger's Message-ID if this mail has been sent before. */
  sentMessageId: string | null;
}

interface Row extends Omit<ApplicationMailFacts, 'submitted'> {
  submittedCompanyName: string | null;
  administrator1: AdministratorInfo | null;
}

/** The facts of application `applicationId` and the ledger's entry for `idempotencyKey`; undefined if the application is not recorded. */
export async function applicationMailFacts(db: Database, applicationId: string, idempotencyKey: string): Promise<ApplicationMailFacts | undefined> {
  const [row] = await db.sequelize.query<Row>(
    `SELECT a.id, a.company_name AS "companyName", a.contact_name AS "contactName", a.email,
            a.link_expires_at AS "linkExpiresAt", a.receipt_number AS "receiptNumber",
            a.business_code AS "businessCode", a.deadline_at AS "deadlineAt",
            COALESCE(a.final_data, a.provisional_data) -> 'company' ->> 'companyName' AS "submittedCompanyName",
            COALESCE(a.final_data, a.provisional_data) -> 'administrator1' AS "administrator1",
            a.final_data IS NOT NULL AS "finalSubmitted",
            m.message_id AS "sentMessageId"
     FROM membership_applications a
     LEFT JOIN sent_mails m ON m.idempotency_key = $2
     WHERE a.id = $1`,
    { bind: [applicationId, idempotencyKey], type: QueryTypes.SELECT },
  );
  if (!row) return undefined;
  const { submittedCompanyName, administrator1, ...facts } = row;
  return { ...facts, submitted: submittedCompanyName !== null && administrator1 ? { companyName: submittedCompanyName, administrator1 } : null };
}

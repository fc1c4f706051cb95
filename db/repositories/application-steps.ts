// A membership application's steps as single statements: each runs in the workflow task that asks
// for it (a local activity), so one round trip to PostgreSQL instead of a transaction's four keeps
// the step short, and one statement is atomic without BEGIN and COMMIT.
import { QueryTypes, UniqueConstraintError } from 'sequelize';
import type { ApplicationEventKind } from '../../domain/application-event';
import type { ApplicationStatus } from '../../domain/application-status';
import type { Database } from '../database';

export interface ApplicationStep {
  applicationId: string;
  sequence: number;
  kind: ApplicationEventKind;
  status: ApplicationStatus;
  actor: string;
  reason: string | null;
  at: Date;
  /** 期限 of the wait the step begins, if it begins one */
  deadlineAt: Date | null;
}

/** The step in the history (once per sequence number: a retry adds nothing), the status it leads to and that status's 期限. */
export async function recordApplicationStep(db: Database, step: ApplicationStep): Promise<void> {
  await db.sequelize.query(
    `WITH step AS (
       INSERT INTO membership_application_events (application_id, sequence, kind, actor, reason, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (application_id, sequence) DO NOTHING
     )
     UPDATE membership_applications SET status = $7, deadline_at = $8, updated_at = now() WHERE id = $1`,
    { bind: [step.applicationId, step.sequence, step.kind, step.actor, step.reason, step.at, step.status, step.deadlineAt], type: QueryTypes.UPDATE },
  );
}

/**
 * Gives the application the 事業者コード unless a member already has it (the unique index refuses
 * it to a second application). Answers false when the code is taken; throws when the application
 * is not recorded, which a retry cannot mend by itself.
 */
export async function reserveBusinessCode(db: Database, applicationId: string, businessCode: string): Promise<boolean> {
  const rows = await db.sequelize.query<{ recorded: boolean; reserved: boolean }>(
    `WITH reserved AS (
       UPDATE membership_applications SET business_code = $2, updated_at = now()
       WHERE id = $1 AND (business_code = $2 OR NOT EXISTS (SELECT 1 FROM members WHERE business_code = $2))
       RETURNING id
     )
     SELECT EXISTS (SELECT 1 FROM membership_applications WHERE id = $1) AS recorded, EXISTS (SELECT 1 FROM reserved) AS reserved`,
    { bind: [applicationId, businessCode], type: QueryTypes.SELECT },
  ).catch((error: unknown) => {
    if (error instanceof UniqueConstraintError) return [{ recorded: true, reserved: false }];
    throw error;
  });
  const [row] = rows;
  if (!row?.recorded) throw new Error(`membership application ${applicationId} is not recorded`);
  return row.reserved;
}

/** Whether a member or another application has the 事業者コード already: what reserveBusinessCode would refuse, read without reserving. */
export async function businessCodeHeldElsewhere(db: Database, applicationId: string, businessCode: string): Promise<boolean> {
  const [row] = await db.sequelize.query<{ held: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM members WHERE business_code = $2)
         OR EXISTS (SELECT 1 FROM membership_applications WHERE business_code = $2 AND id <> $1) AS held`,
    { bind: [applicationId, businessCode], type: QueryTypes.SELECT },
  );
  return row?.held ?? false;
}

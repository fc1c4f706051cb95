// Side effects of the change-request workflow: its records, 承認 in one transaction, and the
// decision mails to the member's 管理者. Each is safe to retry (events keyed by sequence,
// 承認 checks the request's status under lock, mails through the ledger).
import type { Database } from '../db/database';
import { applyApprovedRequest } from '../db/repositories/change-requests';
import { staffActor } from '../db/repositories/member-audit';
import type { ChangeRequestEventKind, ChangeRequestStatus, Successor } from '../domain/change-request';
import type { CompanyInfo } from '../domain/company';
import { changeRequestDecisionMail } from '../templates/mail/change-request-decision';
import { deliverOnce } from './mail/deliver-once';
import type { Mailer } from './mail/mailer';

export interface ChangeRequestActivityDeps {
  db: Database;
  mailer: Mailer;
  mailFrom: string;
  publicBaseUrl: string;
}

export interface ChangeRequestEventInput {
  requestId: string;
  sequence: number;
  kind: ChangeRequestEventKind;
  status: ChangeRequestStatus;
  actor: string;
  reason?: string | undefined;
  at: string;
}

/** Staff decide under their login ID; members act as user:<ユーザID> <氏名> already. */
function actorName(actor: string): string {
  return actor.startsWith('user:') ? actor : staffActor(actor);
}

export function createChangeRequestActivities(deps: ChangeRequestActivityDeps) {
  const { db } = deps;
  const { ChangeRequest, ChangeRequestEvent, Member, User } = db.models;

  return {
    async recordChangeRequestEvent(input: ChangeRequestEventInput): Promise<void> {
      await db.sequelize.transaction(async (transaction) => {
        await ChangeRequestEvent.bulkCreate(
          [{ requestId: input.requestId, sequence: input.sequence, kind: input.kind, actor: actorName(input.actor), reason: input.reason ?? null, occurredAt: new Date(input.at) }],
          { ignoreDuplicates: true, transaction },
        );
        const decided = input.status === 'on_hold' || input.status === 'rejected' || input.status === 'cancelled';
        await ChangeRequest.update({ status: input.status, decidedAt: decided ? new Date(input.at) : null }, { where: { id: input.requestId }, transaction });
      });
    },

    async saveChangeRequestResubmission(input: { requestId: string; requestedCompany: CompanyInfo | null; successor: Successor | null }): Promise<void> {
      const request = await ChangeRequest.findByPk(input.requestId);
      if (!request) throw new Error(`change request ${input.requestId} is not recorded`);
      await request.update({
        ...(input.requestedCompany ? { requestedCompany: input.requestedCompany } : {}),
        ...(input.successor ? { successor: input.successor } : {}),
      });
    },

    /** Applies an approved request; answers the 会社名 it leaves in force (null: not a 会社情報 change). */
    async applyChangeRequest(input: { requestId: string; actor: string; sequence: number; at: string }): Promise<{ companyName: string | null }> {
      const { companyName } = await applyApprovedRequest(db, { requestId: input.requestId, actor: actorName(input.actor), sequence: input.sequence, at: new Date(input.at) });
      return { companyName };
    },

    /** The decision of event `sequence`, to every 管理者 of the member (once each). */
    async sendChangeRequestMail(input: { requestId: string; sequence: number }): Promise<void> {
      const request = await ChangeRequest.findByPk(input.requestId);
      const event = await ChangeRequestEvent.findOne({ where: { requestId: input.requestId, sequence: input.sequence } });
      if (!request || !event) throw new Error(`change request ${input.requestId} has no event ${input.sequence}`);
      if (event.kind !== 'approved' && event.kind !== 'on_hold' && event.kind !== 'rejected') return;
      const member = await Member.findByPk(request.businessCode);
      const administrators = await User.findAll({ where: { businessCode: request.businessCode, role: 'administrator' }, order: [['adminSlot', 'ASC']] });
      for (const administrator of administrators) {
        await deliverOnce(db, deps.mailer, deps.mailFrom, {
          idempotencyKey: `change-request:${request.id}:${input.sequence}:${administrator.id}`,
          to: administrator.email,
          ...changeRequestDecisionMail({
            decision: event.kind,
            kind: request.kind,
            companyName: member?.companyName ?? '',
            businessCode: request.businessCode,
            recipientName: `${administrator.lastName} ${administrator.firstName}`,
            reason: event.reason,
            requestUrl: `${deps.publicBaseUrl}/member/changes/${request.id}`,
          }),
        });
      }
    },
  };
}

// Change requests in PostgreSQL: submission (one open reviewed request per member, held by a
// partial unique index), the member's search, and 承認 applied in one transaction.
import { Op, UniqueConstraintError, type Transaction, type WhereOptions } from 'sequelize';
import { OPEN_STATUSES, type ChangeRequestKind, type ChangeRequestStatus, type Successor } from '../../domain/change-request';
import type { CompanyInfo } from '../../domain/company';
import type { ChangeRequestSearch } from '../../domain/forms/change-request-search';
import { companyChanges } from '../../domain/member-diff';
import type { MemberStatus } from '../../domain/member-status';
import type { Database } from '../database';
import type { ChangeRequest } from '../models/change-request';
import { recordAudit } from './member-audit';
import { endSessionsOfMember } from './sessions';

export interface NewChangeRequest {
  id: string;
  businessCode: string;
  kind: ChangeRequestKind;
  status: ChangeRequestStatus;
  requestedCompany?: CompanyInfo | null;
  successor?: Successor | null;
  submittedBy: string;
}

export type InsertOutcome = 'created' | 'duplicate' | 'open_exists';

/** Inserts a request; a second submission of the same form is 'duplicate', a rival open one 'open_exists'. */
export async function insertChangeRequest(db: Database, input: NewChangeRequest, transaction: Transaction): Promise<InsertOutcome> {
  const { ChangeRequest } = db.models;
  if (await ChangeRequest.findByPk(input.id, { transaction })) return 'duplicate';
  try {
    // A savepoint, so the refusal leaves the caller's transaction usable.
    await db.sequelize.transaction({ transaction }, (savepoint) =>
      ChangeRequest.create(
        { requestedCompany: null, successor: null, ...input, submittedAt: new Date(), decidedAt: input.status === 'applied' ? new Date() : null },
        { transaction: savepoint },
      ),
    );
    return 'created';
  } catch (error) {
    if (error instanceof UniqueConstraintError) return (await ChangeRequest.findByPk(input.id, { transaction })) ? 'duplicate' : 'open_exists';
    throw error;
  }
}

export function openRequestOf(db: Database, businessCode: string): Promise<ChangeRequest | null> {
  return db.models.ChangeRequest.findOne({ where: { businessCode, status: { [Op.in]: [...OPEN_STATUSES] } } });
}

const JST_OFFSET = '+09:00';

export function searchChangeRequests(db: Database, businessCode: string, search: ChangeRequestSearch): Promise<ChangeRequest[]> {
  const conditions: WhereOptions<ChangeRequest>[] = [{ businessCode }];
  // Dates are Japan's calendar days, whatever the server's zone.
  if (search.from) conditions.push({ submittedAt: { [Op.gte]: new Date(`${search.from}T00:00:00${JST_OFFSET}`) } });
  if (search.to) conditions.push({ submittedAt: { [Op.lt]: new Date(new Date(`${search.to}T00:00:00${JST_OFFSET}`).getTime() + 86_400_000) } });
  if (search.kind) conditions.push({ kind: search.kind });
  if (search.status) conditions.push({ status: search.status });
  return db.models.ChangeRequest.findAll({ where: { [Op.and]: conditions }, order: [['submittedAt', 'DESC']], limit: 500 });
}

const ENDED_STATUS: Record<string, MemberStatus> = { succession: 'succeeded', withdrawal: 'withdrawn' };

/**
 * 承認: the request's change and its audit entry, the request's status and the event, all in
 * one transaction. 承継/脱退 end the membership and every session of its users. A retry after
 * a commit finds the request approved and changes nothing.
 */
export async function applyApprovedRequest(
  db: Database,
  input: { requestId: string; actor: string; sequence: number; at: Date },
): Promise<{ ended: MemberStatus | null; companyName: string | null }> {
  const { ChangeRequest, ChangeRequestEvent, Member } = db.models;
  return db.sequelize.transaction(async (transaction) => {
    const request = await ChangeRequest.findByPk(input.requestId, { transaction, lock: transaction.LOCK.UPDATE });
    if (!request) throw new Error(`change request ${input.requestId} is not recorded`);
    const ended = ENDED_STATUS[request.kind] ?? null;
    // The 会社名 in force after the approval, for the member's workflow (null: not a 会社情報 change).
    const companyName = request.kind === 'change' ? (request.requestedCompany?.companyName ?? null) : null;
    if (request.status === 'approved') return { ended, companyName };
    const member = await Member.findByPk(request.businessCode, { transaction, lock: transaction.LOCK.UPDATE });
    if (!member) throw new Error(`member ${request.businessCode} is not recorded`);
    const audit = { businessCode: member.businessCode, actor: input.actor, requestId: request.id };
    if (request.kind === 'change' && request.requestedCompany) {
      const changes = companyChanges(member.company, request.requestedCompany);
      await member.update({ company: request.requestedCompany, companyName: request.requestedCompany.companyName }, { transaction });
      await recordAudit(db, { ...audit, action: 'company_changed', changes }, transaction);
    }
    if (ended) {
      const successor = request.successor ? `（承継先: ${request.successor.businessCode} ${request.successor.name}）` : '';
      await member.update({ status: ended, endedAt: input.at }, { transaction });
      await endSessionsOfMember(db, member.businessCode, transaction);
      await recordAudit(db, { ...audit, action: 'membership_ended', changes: [{ label: '会員状態', before: '会員', after: `${ended === 'succeeded' ? '承継' : '脱退'}${successor}` }] }, transaction);
    }
    await request.update({ status: 'approved', decidedAt: input.at }, { transaction });
    await ChangeRequestEvent.bulkCreate(
      [{ requestId: request.id, sequence: input.sequence, kind: 'approved', actor: input.actor, reason: null, occurredAt: input.at }],
      { ignoreDuplicates: true, transaction },
    );
    return { ended, companyName };
  });
}

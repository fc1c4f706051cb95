// 変更 on 会員情報変更申請 (第5章): 管理者①/② changes are applied at once; any other change becomes a
// reviewed request (or, after 保留/却下, the resubmission of one). Both parts are written in one
// transaction, and the workflow is started inside it, so a refusal leaves nothing half-written.
import type { Transaction } from 'sequelize';
import type { ChangeRequest } from '../db/models/change-request';
import { AdministratorChangeRefused, administratorDiff, administratorsBasis, applyAdministratorChanges, currentAdministrators } from '../db/repositories/administrators';
import { insertChangeRequest } from '../db/repositories/change-requests';
import { userActor } from '../db/repositories/member-audit';
import { lockActiveMember } from '../db/repositories/member-lock';
import type { ApplicationData } from '../domain/application-data';
import { CHANGE_REQUEST_KINDS, ENDING_KINDS, type ChangeRequestKind, type ReviewedKind, type Successor } from '../domain/change-request';
import type { CompanyInfo } from '../domain/company';
import { companyChanges } from '../domain/member-diff';
import { namedUuid } from '../domain/uuid';
import { resubmitChangeRequestUpdate } from '../workflows/change-request-messages';
import { startChangeRequestWorkflow, updateChangeRequest } from './change-request-workflows';
import { formUpdateId } from './form-update-id';
import type { AppDeps, MemberAuth } from './deps';
import { startMailDelivery } from './mail-delivery';

export const OPEN_REQUEST_EXISTS =
  '審査中（保留・却下を含む）の申請があるため、新しい申請はできません。その申請が承認されるか、取下げた後に申請してください。管理者情報のみの変更は即時に反映できます。';
export const NOTHING_CHANGED = '変更された項目がありません。変更する項目を修正してから「変更」ボタンをクリックしてください。';

/** The same form was sent before for another request (a 脱退 form brought back and sent as 承継). */
function formAlreadyUsed(kind: ChangeRequestKind): string {
  return `この画面からはすでに「${CHANGE_REQUEST_KINDS[kind]}」を申請しています。会員情報変更申請一覧で申請の状況をご確認ください。`;
}

export const ADMINISTRATORS_CHANGED_MEANWHILE =
  'この画面を表示した後に、ほかの方が管理者情報を変更しました。管理者情報は最新の内容を表示していますので、ご確認のうえ、もう一度「変更」ボタンをクリックしてください。';

export type SubmissionOutcome =
  | { ok: true; reviewedRequestId: string | null; administratorsChanged: boolean }
  | { ok: false; message: string; status: 409 | 422; administratorsChangedMeanwhile?: boolean };

class Refusal extends Error {
  constructor(message: string, readonly status: 409 | 422) {
    super(message);
  }
}

/** The 管理者 the form showed were changed since: applying it would undo that change unseen. */
class AdministratorsChangedMeanwhile extends Refusal {
  constructor() {
    super(ADMINISTRATORS_CHANGED_MEANWHILE, 409);
  }
}

/** A reviewed request (会員情報変更, 承継, 脱退) with its first event, and its workflow started. */
export async function createReviewedRequest(
  deps: AppDeps,
  auth: MemberAuth,
  request: { id: string; kind: ReviewedKind; requestedCompany?: CompanyInfo; successor?: Successor },
  transaction: Transaction,
): Promise<'created' | 'duplicate'> {
  await lockActiveMember(deps.db, auth.member.businessCode, transaction);
  const submittedBy = userActor(auth.user);
  const outcome = await insertChangeRequest(deps.db, { ...request, businessCode: auth.member.businessCode, status: 'under_review', submittedBy }, transaction);
  if (outcome === 'open_exists') throw new Refusal(OPEN_REQUEST_EXISTS, 409);
  if (outcome === 'duplicate') {
    const earlier = await deps.db.models.ChangeRequest.findByPk(request.id, { transaction });
    if (earlier?.kind !== request.kind) throw new Refusal(formAlreadyUsed(earlier?.kind ?? request.kind), 409);
    return outcome;
  }
  const submittedAt = new Date();
  await deps.db.models.ChangeRequestEvent.create({ requestId: request.id, sequence: 1, kind: 'submitted', actor: submittedBy, reason: null, occurredAt: submittedAt }, { transaction });
  await startChangeRequestWorkflow(deps, {
    requestId: request.id,
    businessCode: auth.member.businessCode,
    kind: request.kind,
    companyName: auth.member.companyName,
    submittedBy,
    submittedAt: submittedAt.toISOString(),
  });
  return outcome;
}

/** Runs `work` in a transaction and turns a Refusal into the page's outcome. */
export async function refusable<T>(
  deps: AppDeps,
  work: (transaction: Transaction) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; message: string; status: 409 | 422; administratorsChangedMeanwhile?: boolean }> {
  try {
    return { ok: true, value: await deps.db.sequelize.transaction(work) };
  } catch (error) {
    if (error instanceof AdministratorsChangedMeanwhile) return { ok: false, message: error.message, status: error.status, administratorsChangedMeanwhile: true };
    if (error instanceof Refusal) return { ok: false, message: error.message, status: error.status };
    if (error instanceof AdministratorChangeRefused) return { ok: false, message: error.message, status: 422 };
    throw error;
  }
}

/**
 * 変更 (or 再申請 of `resubmitted`): the 管理者 part at once, the company part reviewed. The form's
 * requestId names the reviewed request, so a double submission creates one.
 */
export async function submitMemberChange(
  deps: AppDeps,
  auth: MemberAuth,
  input: { requestId: string; data: ApplicationData; resubmitted?: ChangeRequest; administratorsBasis: string | null },
): Promise<SubmissionOutcome> {
  const { db } = deps;
  const member = await db.models.Member.findByPk(auth.member.businessCode);
  if (!member) throw new Error(`member ${auth.member.businessCode} is not recorded`);
  // The same form sent twice (a double click, a reload): the first one's outcome stands.
  const earlier = input.resubmitted ? null : await db.models.ChangeRequest.findOne({ where: { id: input.requestId, businessCode: member.businessCode } });
  if (earlier && (ENDING_KINDS as readonly string[]).includes(earlier.kind)) return { ok: false, message: formAlreadyUsed(earlier.kind), status: 409 };
  if (earlier) return { ok: true, reviewedRequestId: earlier.kind === 'change' ? earlier.id : null, administratorsChanged: earlier.kind === 'administrators' };
  const requested = input.data.company;
  const basis = input.resubmitted?.requestedCompany ?? member.company;
  const companyChanged = companyChanges(member.company, requested).length > 0;
  const companyEdited = companyChanges(basis, requested).length > 0;
  const administrators = [input.data.administrator1, input.data.administrator2] as const;
  const administratorsChanged = administratorDiff(await currentAdministrators(db, member.businessCode), [...administrators]).length > 0;
  const reviewed = input.resubmitted ? companyChanged || companyEdited : companyChanged;
  if (!reviewed && !administratorsChanged && !input.resubmitted) return { ok: false, message: NOTHING_CHANGED, status: 422 };

  const actor = userActor(auth.user);
  // A resubmission's round: the form may be one the browser brought back from an earlier round.
  const round = input.resubmitted ? await db.models.ChangeRequestEvent.count({ where: { requestId: input.resubmitted.id } }) : 0;
  const outcome = await refusable(deps, async (transaction) => {
    // First, before the request's row takes its foreign-key lock on the member.
    await lockActiveMember(db, member.businessCode, transaction);
    let created: number[] = [];
    if (administratorsChanged && input.administratorsBasis) {
      const now = administratorsBasis(await currentAdministrators(db, member.businessCode, transaction));
      if (now !== input.administratorsBasis) throw new AdministratorsChangedMeanwhile();
    }
    if (administratorsChanged) {
      // The immediate part is kept as a request of its own (即時反映) for the list and the trail. Its
      // id comes from the form's, so that the same form sent twice at once records it once.
      const recordId = reviewed || input.resubmitted ? namedUuid(`administrators:${input.requestId}:${round}`) : input.requestId;
      const inserted = await insertChangeRequest(db, { id: recordId, businessCode: member.businessCode, kind: 'administrators', status: 'applied', submittedBy: actor }, transaction);
      if (inserted === 'duplicate') return created;
      const result = await applyAdministratorChanges(db, { businessCode: member.businessCode, requested: [...administrators], actor, requestId: recordId }, transaction);
      created = result.createdUserRowIds;
    }
    if (reviewed && !input.resubmitted) await createReviewedRequest(deps, auth, { id: input.requestId, kind: 'change', requestedCompany: requested }, transaction);
    if (input.resubmitted) {
      const request = input.resubmitted;
      const sent = await updateChangeRequest(deps, request.id, (handle) =>
        handle.executeUpdate(resubmitChangeRequestUpdate, { args: [{ actor, requestedCompany: requested }], updateId: formUpdateId('resubmit', input.requestId, round, input.data) }),
      );
      if (!sent.ok) throw new Refusal(sent.refusal, 409);
    }
    return created;
  });
  if (!outcome.ok) return outcome;
  for (const userRowId of outcome.value) {
    await startMailDelivery(deps, { kind: 'user-password', idempotencyKey: `administrator-created:${userRowId}`, userRowId, reason: 'created' });
  }
  return { ok: true, reviewedRequestId: input.resubmitted?.id ?? (reviewed ? input.requestId : null), administratorsChanged };
}

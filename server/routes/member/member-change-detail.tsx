// One request of the member: its detail and history; after 保留/却下 the corrected request goes
// back under review (再申請), and an open one can be withdrawn (取下げ, after a confirmation).
import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { requestTimeline } from '../../../db/repositories/request-timeline';
import { isUuid } from '../../../domain/uuid';
import { userActor } from '../../../db/repositories/member-audit';
import type { ChangeRequest } from '../../../db/models/change-request';
import { OPEN_STATUSES, type Successor } from '../../../domain/change-request';
import { valuesOf } from '../../../domain/forms/application';
import { parseMemberChangeForm } from '../../../domain/forms/member-change';
import { parseForm } from '../../../domain/forms/parse-form';
import { SAME_CODE_MESSAGE, SUCCESSION_FIELDS, successionSchema } from '../../../domain/forms/succession';
import { compareCompany } from '../../../domain/member-diff';
import { CancelConfirmPage } from '../../../templates/member/changes/cancel-confirmation';
import { ChangeFormPage, type ChangeFormProps } from '../../../templates/member/changes/change-form';
import { ChangeDetailPage, type ChangeDetailProps, type RecordedChange } from '../../../templates/member/changes/change-detail';
import { decisionOf } from '../../../templates/member/changes/request-decision';
import { cancelChangeRequestUpdate, resubmitChangeRequestUpdate } from '../../../workflows/change-request-messages';
import { updateChangeRequest } from '../../change-request-workflows';
import type { AppDeps, AppEnv } from '../../deps';
import { submitMemberChange } from '../../member-change-submission';
import { formValues, locationAfterChange, withStoredAdministrators } from './member-changes';

const DONE: Record<string, string> = {
  submitted: '申請を受け付けました。本機関にて内容を確認します。「承認」の連絡をお待ちください（「保留」「却下」となる場合もあります）。',
  resubmitted: '再申請を受け付けました。本機関からの「承認」の連絡をお待ちください。',
  applied: '管理者情報は即時に更新しました。',
};

export function memberChangeDetailRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  async function findRequest(c: Context<AppEnv>) {
    const id = c.req.param('id') ?? '';
    if (!isUuid(id)) return null;
    return db.models.ChangeRequest.findOne({ where: { id, businessCode: c.get('member').member.businessCode } });
  }

  async function detail(c: Context<AppEnv>, extra: Partial<ChangeDetailProps> = {}, status: 200 | 409 | 422 = 200) {
    const request = await findRequest(c);
    if (!request) return c.notFound();
    const auth = c.get('member');
    const [events, timeline] = await Promise.all([
      db.models.ChangeRequestEvent.findAll({ where: { requestId: request.id }, order: [['sequence', 'ASC']] }),
      requestTimeline(db, request.id),
    ]);
    const audit = await db.models.MemberAuditEntry.findAll({ where: { requestId: request.id }, order: [['id', 'ASC']] });
    // Each entry under its own caption: a decided company change is not a 管理者 change.
    const recorded: RecordedChange[] = audit.map((entry) => ({ action: entry.action, rows: entry.changes.map((change) => ({ ...change, changed: true })) }));
    // Before 承認 the request is compared with today's data; after it, the trail says what changed.
    const comparison = request.kind === 'change' && request.requestedCompany && request.status !== 'approved' ? compareCompany(auth.member.company, request.requestedCompany) : [];
    const done = Object.keys(DONE).filter((key) => c.req.query(key) !== undefined).map((key) => DONE[key]).join(' ');
    return c.html(<ChangeDetailPage auth={auth} request={request} events={events} timeline={timeline} comparison={comparison} recorded={recorded} done={done || undefined} {...extra} />, status);
  }

  app.get('/member/changes/:id', (c) => detail(c));

  /** The form correcting a request after 保留/却下, with the decision and its reason above it. */
  async function correctionForm(c: Context<AppEnv>, request: ChangeRequest, props: Pick<ChangeFormProps, 'values' | 'errors' | 'error'>, status: 200 | 409 | 422 = 200) {
    const events = await db.models.ChangeRequestEvent.findAll({ where: { requestId: request.id }, order: [['sequence', 'ASC']] });
    return c.html(<ChangeFormPage auth={c.get('member')} {...props} decision={decisionOf(request, events)} action={`/member/changes/${request.id}/resubmit`} />, status);
  }

  app.get('/member/changes/:id/edit', async (c) => {
    const request = await findRequest(c);
    if (!request?.requestedCompany || (request.status !== 'on_hold' && request.status !== 'rejected')) return c.notFound();
    const auth = c.get('member');
    const values = { ...(await formValues(deps, auth.member, request.requestedCompany)), requestId: randomUUID() };
    return correctionForm(c, request, { values, errors: {} });
  });

  // A refused 再申請 answers with a page, so its address stays in the address bar: opened again by
  // GET, it leads to the request.
  app.get('/member/changes/:id/resubmit', async (c) => {
    const request = await findRequest(c);
    if (!request) return c.notFound();
    return c.redirect(`/member/changes/${request.id}`, 303);
  });

  app.post('/member/changes/:id/resubmit', async (c) => {
    const request = await findRequest(c);
    if (!request) return c.notFound();
    const auth = c.get('member');
    const body = await c.req.parseBody({ all: true });
    if (request.kind === 'change') {
      const result = parseMemberChangeForm(body);
      if (!result.ok) return correctionForm(c, request, { values: { ...result.values, requestId: randomUUID() }, errors: result.errors }, 422);
      const { requestId, administratorsBasis, data } = result.data;
      const outcome = await submitMemberChange(deps, auth, { requestId, administratorsBasis, data, resubmitted: request });
      if (!outcome.ok) {
        const sent = { ...valuesOf(data), requestId: randomUUID() };
        const values = outcome.administratorsChangedMeanwhile ? await withStoredAdministrators(deps, auth.member, sent) : sent;
        return correctionForm(c, request, { values, errors: {}, error: outcome.message }, outcome.status);
      }
      return c.redirect(await locationAfterChange(deps, auth, `/member/changes/${request.id}?resubmitted${outcome.administratorsChanged ? '&applied' : ''}`, true), 303);
    }
    let successor: Successor | undefined;
    if (request.kind === 'succession') {
      const result = parseForm(successionSchema, SUCCESSION_FIELDS, { ...body, requestId: randomUUID() });
      if (!result.ok) return detail(c, { successorErrors: result.errors, successorValues: result.values }, 422);
      if (result.data.successorCode === auth.member.businessCode) return detail(c, { successorErrors: { successorCode: SAME_CODE_MESSAGE }, successorValues: result.data }, 422);
      successor = { businessCode: result.data.successorCode, name: result.data.successorName };
    }
    const outcome = await updateChangeRequest(deps, request.id, (handle) =>
      handle.executeUpdate(resubmitChangeRequestUpdate, { args: [{ actor: userActor(auth.user), ...(successor ? { successor } : {}) }] }),
    );
    if (!outcome.ok) return detail(c, { error: outcome.refusal }, 409);
    return c.redirect(`/member/changes/${request.id}?resubmitted`, 303);
  });

  // 取下げ asks once more, as 削除, 承継 and 脱退 do; a request no longer open has nothing to withdraw.
  app.get('/member/changes/:id/cancel', async (c) => {
    const request = await findRequest(c);
    if (!request) return c.notFound();
    if (!OPEN_STATUSES.includes(request.status)) return c.redirect(`/member/changes/${request.id}`, 303);
    return c.html(<CancelConfirmPage auth={c.get('member')} request={request} />);
  });

  app.post('/member/changes/:id/cancel', async (c) => {
    const request = await findRequest(c);
    if (!request) return c.notFound();
    const outcome = await updateChangeRequest(deps, request.id, (handle) => handle.executeUpdate(cancelChangeRequestUpdate, { args: [{ actor: userActor(c.get('member').user) }] }));
    if (!outcome.ok) return detail(c, { error: outcome.refusal }, 409);
    return c.redirect('/member/changes?cancelled', 303);
  });

  return app;
}

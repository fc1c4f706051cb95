// Staff console, 第5章〜第7章: change, succession and withdrawal requests with the comparison and
// the decisions (updates to each request's workflow), and the audit trail. Behind requireStaff.
import { Hono, type Context } from 'hono';
import { requestTimeline } from '../../../db/repositories/request-timeline';
import { changeRequestQueuePage } from '../../../db/repositories/staff-queues';
import { isUuid } from '../../../domain/uuid';
import { Op } from 'sequelize';
import { CHANGE_REQUEST_KINDS, changeRequestWorkflowId, type ChangeRequestStatus } from '../../../domain/change-request';
import type { ChangeRequest } from '../../../db/models/change-request';
import { searchedBusinessCode } from '../../../domain/forms/member-search';
import { parseForm } from '../../../domain/forms/parse-form';
import { type Decision, DECISIONS, STAFF_DECISION_FIELDS, staffDecisionSchema } from '../../../domain/forms/staff-decision';
import { compareCompany } from '../../../domain/member-diff';
import { AUDIT_ENTRIES_SHOWN, AuditTrailPage } from '../../../templates/staff/audit';
import { ChangeReviewPage, type ChangeReviewProps } from '../../../templates/staff/changes/change-request-review';
import { DecisionConfirmationPage } from '../../../templates/staff/confirmation-page';
import { DECISION_PANEL } from '../../../templates/staff/decision-form';
import { changeDecisionConsequence } from '../../../templates/staff/decision-consequences';
import { StaffChangeListPage } from '../../../templates/staff/changes/change-request-list';
import { approveChangeRequestUpdate, changeDecisionNotAllowed, holdChangeRequestUpdate, rejectChangeRequestUpdate } from '../../../workflows/change-request-messages';
import { staffStepDone } from '../../../templates/staff/step-done';
import { temporalWorkflowUrl } from '../../../templates/components/temporal-ui-link';
import { updateChangeRequest } from '../../change-request-workflows';
import { showFrom } from '../../htmx';
import type { AppDeps, AppEnv } from '../../deps';
import { randomUUID } from 'node:crypto';
import { formUpdateId } from '../../form-update-id';

// `key` is the section's page parameter (`?review=2`): short, and kept stable since staff bookmark
// and share these addresses.
const SECTIONS: { key: string; heading: string; statuses: ChangeRequestStatus[] }[] = [
  { key: 'review', heading: '審査待ち', statuses: ['under_review'] },
  { key: 'waiting', heading: '会員の再申請待ち（保留・却下）', statuses: ['on_hold', 'rejected'] },
];

export function staffMemberChangeRoutes(deps: AppDeps) {
  const { db, config } = deps;
  const app = new Hono<AppEnv>();
  const workflowUrl = (id: string) => temporalWorkflowUrl(config.temporal, changeRequestWorkflowId(id));

  app.get('/staff/changes', async (c) => {
    const sections = await Promise.all(
      SECTIONS.map(async ({ key, heading, statuses }) => ({ key, heading, queue: await changeRequestQueuePage(db, statuses, c.req.query(key)) })),
    );
    const codes = [...new Set(sections.flatMap((s) => s.queue.rows.map((r) => r.businessCode)))];
    const members = await db.models.Member.findAll({ where: { businessCode: { [Op.in]: codes } }, attributes: ['businessCode', 'companyName'] });
    return c.html(<StaffChangeListPage auth={c.get('staff')} sections={sections} companyNames={new Map(members.map((m) => [m.businessCode, m.companyName]))} workflowUrl={workflowUrl} />);
  });

  async function review(c: Context<AppEnv>, extra: Partial<ChangeReviewProps> = {}, status: 200 | 409 | 422 = 200) {
    const id = c.req.param('id') ?? '';
    const request = isUuid(id) ? await db.models.ChangeRequest.findByPk(id) : null;
    const member = request ? await db.models.Member.findByPk(request.businessCode) : null;
    if (!request || !member) return c.notFound();
    const [events, timeline] = await Promise.all([
      db.models.ChangeRequestEvent.findAll({ where: { requestId: request.id }, order: [['sequence', 'ASC']] }),
      requestTimeline(db, request.id),
    ]);
    const comparison = request.kind === 'change' && request.requestedCompany && request.status !== 'approved' ? compareCompany(member.company, request.requestedCompany) : [];
    return c.html(
      <ChangeReviewPage auth={c.get('staff')} request={request} member={member} events={events} timeline={timeline} comparison={comparison} workflowUrl={workflowUrl(request.id)} formId={randomUUID()} {...extra} />,
      status,
    );
  }

  app.get('/staff/changes/:id', (c) => review(c, { done: staffStepDone(c.req.query('done')) }));
  // The confirmation answers a post to this address, which the browser (and htmx) keep: opened by
  // GET (a reload, Back), it leads to the request.
  app.get('/staff/changes/:id/decision', (c) => {
    const id = c.req.param('id');
    return isUuid(id) ? c.redirect(`/staff/changes/${id}`, 303) : c.notFound();
  });

  async function confirmDecision(c: Context<AppEnv>, request: ChangeRequest, asked: { decision: Decision; reason: string; formId: string | null }) {
    // A page left open while the request moved on: told at once, as the workflow would tell it.
    if (request.status !== 'under_review') return review(c, { notice: changeDecisionNotAllowed(DECISIONS[asked.decision]), values: { reason: asked.reason } }, 409);
    const member = await db.models.Member.findByPk(request.businessCode);
    if (!member) return c.notFound();
    return c.html(
      <DecisionConfirmationPage
        auth={c.get('staff')}
        title="会員情報変更申請 審査"
        area="/staff/changes"
        action={`/staff/changes/${request.id}/decision`}
        subject={`事業者コード ${member.businessCode}（${member.companyName}）の${CHANGE_REQUEST_KINDS[request.kind]}の申請`}
        consequence={changeDecisionConsequence(asked.decision, request.kind)}
        {...asked}
      />,
    );
  }

  app.post('/staff/changes/:id/decision', async (c) => {
    const id = c.req.param('id');
    const request = isUuid(id) ? await db.models.ChangeRequest.findByPk(id) : null;
    if (!request) return c.notFound();
    const result = parseForm(staffDecisionSchema, STAFF_DECISION_FIELDS, await c.req.parseBody());
    if (!result.ok) return review(c, { errors: { reason: result.errors.reason }, notice: result.errors.decision, values: { reason: result.values.reason } }, 422);
    const { decision, reason, formId, confirmed } = result.data;
    // The panel's post is confirmed first; 戻る shows the panel again with the reason as typed.
    if (confirmed === 'back') {
      showFrom(c, DECISION_PANEL);
      return review(c, { values: { reason }, decisionReturned: true, ...(formId ? { formId } : {}) });
    }
    if (confirmed !== 'yes') return confirmDecision(c, request, { decision, reason, formId });
    const staff = c.get('staff').staff.loginId;
    const update = { approve: approveChangeRequestUpdate, hold: holdChangeRequestUpdate, reject: rejectChangeRequestUpdate }[decision];
    const updateId = formId ? { updateId: formUpdateId('decision', formId, 0, { decision, reason }) } : {};
    const outcome = await updateChangeRequest(deps, id, (handle) => handle.executeUpdate(update, { args: [reason ? { staff, reason } : { staff }], ...updateId }));
    if (!outcome.ok) return review(c, { notice: outcome.refusal, values: { reason } }, 409);
    c.get('log').info({ requestId: id, decision, staff }, 'staff decision on change request');
    return c.redirect(`/staff/changes/${id}?done=${decision}`, 303);
  });

  app.get('/staff/audit', async (c) => {
    // Letters and digits only: what is typed is shown again in the field.
    const businessCode = searchedBusinessCode(c.req.query('businessCode'));
    const entries = await db.models.MemberAuditEntry.findAll({
      where: businessCode ? { businessCode } : {},
      order: [['occurredAt', 'DESC'], ['id', 'DESC']],
      limit: AUDIT_ENTRIES_SHOWN,
    });
    return c.html(<AuditTrailPage auth={c.get('staff')} entries={entries} businessCode={businessCode} cut={entries.length === AUDIT_ENTRIES_SHOWN} />);
  });

  return app;
}

// Staff console, 加入申請: the lists (open work by section, or one 状況), one application with
// everything submitted, the 事業者コード and the decisions. Mounted by staffRoutes behind
// requireStaff; every step is an update whose refusal is shown on the page.
import { Hono, type Context } from 'hono';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../domain/application-status';
import { parseForm } from '../../../domain/forms/parse-form';
import { BUSINESS_CODE_ISSUE_FIELDS, businessCodeIssueSchema, type Decision, DECISIONS, STAFF_DECISION_FIELDS, staffDecisionSchema } from '../../../domain/forms/staff-decision';
import { ApplicationDetailPage, type ApplicationDetailProps, CODE_PANEL, DECISION_PANELS } from '../../../templates/staff/applications/detail';
import { DecisionConfirmationPage, StaffConfirmationPage } from '../../../templates/staff/confirmation-page';
import { DECISION_PANEL } from '../../../templates/staff/decision-form';
import { applicationDecisionConsequence } from '../../../templates/staff/decision-consequences';
import { ApplicationListPage, type ApplicationListSection } from '../../../templates/staff/applications/list';
import { listedStatus, statusOrder } from '../../../templates/staff/applications/status-filter';
import { membershipApplicationWorkflowId } from '../../../workflows/membership-application';
import { approveApplicationUpdate, BUSINESS_CODE_NOT_ALLOWED, businessCodeTaken, decisionNotAllowed, holdApplicationUpdate, issueBusinessCodeUpdate, rejectApplicationUpdate } from '../../../workflows/messages';
import { isUuid } from '../../../domain/uuid';
import { applicationTimeline } from '../../../db/repositories/application-timeline';
import { businessCodeHeldElsewhere } from '../../../db/repositories/application-steps';
import { searchApplications } from '../../../db/repositories/application-search';
import { applicationQueuePage } from '../../../db/repositories/staff-queues';
import { readSearchText } from '../../../domain/forms/search-text';
import { staffStepDone } from '../../../templates/staff/step-done';
import { updateApplication } from '../../application-updates';
import { showFrom } from '../../htmx';
import type { AppDeps, AppEnv } from '../../deps';
import { temporalWorkflowUrl } from '../../../templates/components/temporal-ui-link';
import { randomUUID } from 'node:crypto';
import type { MembershipApplication } from '../../../db/models/membership-application';
import { formUpdateId } from '../../form-update-id';

// `key` is the section's page parameter (`?review=2`): short, and kept stable since staff bookmark
// and share these addresses.
const SECTIONS: { key: string; heading: string; statuses: ApplicationStatus[] }[] = [
  { key: 'code', heading: '事業者コード発行待ち', statuses: ['provisional_submitted'] },
  { key: 'review', heading: '審査待ち', statuses: ['under_review'] },
  // A 却下 before the code has ended the application: it is not waited for (listed under 状況 却下).
  { key: 'waiting', heading: '申請者の本申請待ち：コード発行済み・保留・却下', statuses: ['code_issued', 'on_hold', 'rejected'] },
];

export function staffApplicationRoutes({ config, db, temporal }: AppDeps) {
  const app = new Hono<AppEnv>();
  const workflowUrl = (applicationId: string) => temporalWorkflowUrl(config.temporal, membershipApplicationWorkflowId(applicationId));

  app.get('/staff/applications', async (c) => {
    const status = listedStatus(c.req.query('status'));
    const text = readSearchText(c.req.query('q'));
    const page = c.req.query('page');
    const sections: ApplicationListSection[] = text
      ? [{ key: 'page', heading: '検索結果', queue: await searchApplications(db, text, status, page) }]
      : status
        ? [{ key: 'page', heading: APPLICATION_STATUSES[status], queue: await applicationQueuePage(db, [status], page, statusOrder(status)) }]
        : await Promise.all(SECTIONS.map(async ({ key, heading, statuses }) => ({ key, heading, queue: await applicationQueuePage(db, statuses, c.req.query(key), 'oldest', 'open') })));
    return c.html(<ApplicationListPage auth={c.get('staff')} sections={sections} filter={{ status, text }} workflowUrl={workflowUrl} />);
  });

  async function detail(c: Context<AppEnv>, extra: Partial<ApplicationDetailProps> = {}, status: 200 | 409 | 422 = 200) {
    const id = c.req.param('id') ?? '';
    const application = isUuid(id) ? await db.models.MembershipApplication.findByPk(id) : null;
    if (!application?.receiptNumber) return c.notFound();
    const { events, timeline } = await applicationTimeline(db, application);
    return c.html(<ApplicationDetailPage auth={c.get('staff')} application={application} events={events} timeline={timeline} workflowUrl={workflowUrl(application.id)} formId={randomUUID()} {...extra} />, status);
  }

  app.get('/staff/applications/:id', (c) => detail(c, { done: staffStepDone(c.req.query('done')) }));
  // The confirmations answer posts to these addresses, which the browser (and htmx) keep: opened
  // by GET (a reload, Back), they lead to the application.
  for (const step of ['business-code', 'decision']) {
    app.get(`/staff/applications/:id/${step}`, (c) => {
      const id = c.req.param('id');
      return isUuid(id) ? c.redirect(`/staff/applications/${id}`, 303) : c.notFound();
    });
  }

  /** 受付番号 J-7K3M-9Q2P（○○電力株式会社）の加入申請 */
  const applicationSubject = (application: MembershipApplication) => `受付番号 ${application.receiptNumber}（${application.companyName}）の加入申請`;

  async function confirmCode(c: Context<AppEnv>, id: string, asked: { businessCode: string; formId: string | null }) {
    const application = await db.models.MembershipApplication.findByPk(id);
    if (!application?.receiptNumber) return c.notFound();
    const { businessCode } = asked;
    // What the workflow would refuse is told at once, in the form: the application has moved on,
    // or the code is a member's or another application's already.
    if (application.status !== 'provisional_submitted') return detail(c, { codeRefusal: BUSINESS_CODE_NOT_ALLOWED, values: { businessCode } }, 409);
    if (await businessCodeHeldElsewhere(db, id, businessCode)) return detail(c, { errors: { businessCode: businessCodeTaken(businessCode) }, values: { businessCode } }, 409);
    return c.html(
      <StaffConfirmationPage
        auth={c.get('staff')}
        title="加入申請詳細"
        area="/staff/applications"
        action={`/staff/applications/${id}/business-code`}
        heading="事業者コード発行の確認"
        question={`${applicationSubject(application)}に事業者コード ${businessCode} を発行します。よろしいですか。`}
        consequence="事業者コードは申請者の管理者①へメールで通知します。発行した事業者コードは変更できません。"
        details={[['事業者コード', businessCode]]}
        fields={{ businessCode, formId: asked.formId }}
        button={{ label: '事業者コード発行' }}
      />,
    );
  }

  async function confirmDecision(c: Context<AppEnv>, id: string, asked: { decision: Decision; reason: string; formId: string | null }) {
    const application = await db.models.MembershipApplication.findByPk(id);
    if (!application?.receiptNumber) return c.notFound();
    // A page left open while the application moved on: told at once, as the workflow would tell it.
    if (!DECISION_PANELS[application.status]?.decisions.includes(asked.decision)) {
      return detail(c, { notice: decisionNotAllowed(DECISIONS[asked.decision]), values: { reason: asked.reason } }, 409);
    }
    return c.html(
      <DecisionConfirmationPage
        auth={c.get('staff')}
        title="加入申請詳細"
        area="/staff/applications"
        action={`/staff/applications/${id}/decision`}
        subject={applicationSubject(application)}
        consequence={applicationDecisionConsequence(asked.decision, application.businessCode !== null)}
        {...asked}
      />,
    );
  }

  app.post('/staff/applications/:id/business-code', async (c) => {
    const id = c.req.param('id');
    if (!isUuid(id)) return c.notFound();
    const result = parseForm(businessCodeIssueSchema, BUSINESS_CODE_ISSUE_FIELDS, await c.req.parseBody());
    if (!result.ok) return detail(c, { errors: result.errors, values: result.values }, 422);
    const { businessCode, formId, confirmed } = result.data;
    // The form's post is confirmed first; 戻る shows the form again with the code as typed.
    if (confirmed === 'back') {
      showFrom(c, CODE_PANEL);
      return detail(c, { values: { businessCode }, codeReturned: true, ...(formId ? { formId } : {}) });
    }
    if (confirmed !== 'yes') return confirmCode(c, id, { businessCode, formId });
    const staff = c.get('staff').staff.loginId;
    const updateId = formId ? { updateId: formUpdateId('business-code', formId, 0, { businessCode }) } : {};
    const outcome = await updateApplication(temporal, id, (handle) => handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff }], ...updateId }));
    if (!outcome.ok && outcome.refusal === businessCodeTaken(businessCode)) return detail(c, { errors: { businessCode: outcome.refusal }, values: { businessCode } }, 409);
    if (!outcome.ok) return detail(c, { codeRefusal: outcome.refusal, values: { businessCode } }, 409);
    return c.redirect(`/staff/applications/${id}?done=code`, 303);
  });

  app.post('/staff/applications/:id/decision', async (c) => {
    const id = c.req.param('id');
    if (!isUuid(id)) return c.notFound();
    const result = parseForm(staffDecisionSchema, STAFF_DECISION_FIELDS, await c.req.parseBody());
    if (!result.ok) return detail(c, { errors: { reason: result.errors.reason }, notice: result.errors.decision, values: { reason: result.values.reason } }, 422);
    const { decision, reason, formId, confirmed } = result.data;
    // The panel's post is confirmed first; 戻る shows the panel again with the reason as typed.
    if (confirmed === 'back') {
      showFrom(c, DECISION_PANEL);
      return detail(c, { values: { reason }, decisionReturned: true, ...(formId ? { formId } : {}) });
    }
    if (confirmed !== 'yes') return confirmDecision(c, id, { decision, reason, formId });
    const staff = c.get('staff').staff.loginId;
    const update = { approve: approveApplicationUpdate, hold: holdApplicationUpdate, reject: rejectApplicationUpdate }[decision];
    const updateId = formId ? { updateId: formUpdateId('decision', formId, 0, { decision, reason }) } : {};
    const outcome = await updateApplication(temporal, id, (handle) => handle.executeUpdate(update, { args: [reason ? { staff, reason } : { staff }], ...updateId }));
    if (!outcome.ok) return detail(c, { notice: outcome.refusal, values: { reason } }, 409);
    c.get('log').info({ applicationId: id, decision, staff }, 'staff decision on 加入申請');
    return c.redirect(`/staff/applications/${id}?done=${decision}`, 303);
  });

  return app;
}

// 加入(本)申請 (manual 1.4): 再表示 with 受付番号 + 管理者①メールアドレス, then 本申請 as an update to
// the workflow. The same page takes the resubmission after 保留 / 却下.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { closureOf, FINAL_SUBMISSION_STATUSES } from '../../domain/application-status';
import { applicationLookupSchema, LOOKUP_FIELDS, NOT_FOUND_MESSAGE } from '../../domain/forms/application-lookup';
import { collectValues, valuesOf, type FormValues } from '../../domain/forms/application';
import { FINAL_APPLICATION_EXTRA_FIELDS, finalApplicationShape, parseFinalApplicationForm } from '../../domain/forms/final-application';
import { parseForm } from '../../domain/forms/parse-form';
import { statusPath } from '../../domain/status-link-token';
import { latestDecision } from '../../templates/public/application-decision';
import { FinalApplicationForm, FinalApplicationPage, FinalLookupPage, FinalReceivedMessage, FinalReceivedPage, type FinalFormProps } from '../../templates/public/final-application';
import { submitFinalApplicationUpdate, WRONG_BUSINESS_CODE } from '../../workflows/messages';
import { applicationEvents } from '../../db/repositories/application-timeline';
import { findByReceipt } from '../application-lookup';
import { updateApplication } from '../application-updates';
import { formUpdateId } from '../form-update-id';
import type { AppDeps, AppEnv } from '../deps';
import { isHtmx } from '../htmx';

const NOT_YET = '事業者コードの発行前のため、加入(本)申請はまだ行えません。本機関からの事業者コードの連絡をお待ちください。';
const NOT_NOW = 'この申請は現在、加入(本)申請を受け付けていません。申請状況をご確認ください。';
/** Also the answer to the same 本申請 sent again once it has been received. */
const UNDER_REVIEW = '加入(本)申請は受け付け済みで、本機関にて審査中です。審査結果のご連絡をお待ちください。';

/** 再表示 fills the form with the last 本申請 once there is one (after 保留 / 却下), else with 仮申請. */
const quotedFrom = (application: { finalData: unknown }): FinalFormProps['quoted'] => (application.finalData ? 'final' : 'provisional');

export function joinFinalRoutes({ config, db, temporal }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/join/final', (c) => c.html(<FinalLookupPage values={{}} errors={{}} />));

  /** The application, if the pair matches and 本申請 is open for it; else the lookup page again. */
  async function lookUp(c: Context<AppEnv>, receiptNumber: string, email: string) {
    const application = await findByReceipt(db, receiptNumber, email);
    const again = (notice: string) => c.html(<FinalLookupPage values={{ receiptNumber, lookupEmail: email }} errors={{}} notice={notice} />, 422);
    if (!application) return { page: again(NOT_FOUND_MESSAGE) };
    const closure = closureOf(application);
    if (closure) return { page: c.html(<FinalLookupPage values={{ receiptNumber, lookupEmail: email }} errors={{}} closed={{ status: application.status, closure }} />, 422) };
    if (!application.businessCode && application.status === 'provisional_submitted') return { page: again(NOT_YET) };
    if (application.status === 'under_review') return { page: again(UNDER_REVIEW) };
    if (!FINAL_SUBMISSION_STATUSES.includes(application.status) || !application.businessCode) return { page: again(NOT_NOW) };
    return { application };
  }

  // 再表示 answers with a page, so its address stays in the bar (and in htmx's history): a reload
  // or a visit from the history comes by GET and starts again at the lookup, since the form is
  // only shown to whoever gives 受付番号 + address again.
  app.get('/join/final/redisplay', (c) => c.redirect('/join/final', 303));

  app.post('/join/final/redisplay', async (c) => {
    const result = parseForm(applicationLookupSchema, LOOKUP_FIELDS, await c.req.parseBody());
    if (!result.ok) {
      // A malformed number is reported like a wrong one: neutral, nothing beside the field.
      const neutral = result.errors.receiptNumber === NOT_FOUND_MESSAGE;
      const errors = neutral ? { ...result.errors, receiptNumber: undefined } : result.errors;
      return c.html(<FinalLookupPage values={result.values} errors={errors} notice={neutral ? NOT_FOUND_MESSAGE : undefined} />, 422);
    }
    const found = await lookUp(c, result.data.receiptNumber, result.data.lookupEmail);
    if ('page' in found) return found.page;
    const { application } = found;
    const data = application.finalData ?? application.provisionalData;
    if (!data) return c.html(<FinalLookupPage values={{}} errors={{}} notice={NOT_FOUND_MESSAGE} />, 422);
    const values: FormValues = { ...valuesOf(data), receiptNumber: result.data.receiptNumber, lookupEmail: result.data.lookupEmail, submissionId: randomUUID() };
    // Quoting a 本申請 that carried the code: the applicant entered it then, so it is not asked again.
    if (application.finalData && application.businessCode) values.businessCode = application.businessCode;
    const decision = latestDecision(await applicationEvents(db, application.id));
    const statusUrl = statusPath(config.appSecret, result.data.receiptNumber);
    return c.html(<FinalApplicationPage values={values} errors={{}} decision={decision} quoted={quotedFrom(application)} statusUrl={statusUrl} />);
  });

  app.post('/join/final', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const lookup = applicationLookupSchema.safeParse({ receiptNumber: body.receiptNumber, lookupEmail: body.lookupEmail });
    if (!lookup.success) return c.html(<FinalLookupPage values={{}} errors={{}} notice={NOT_FOUND_MESSAGE} />, 422);
    const found = await lookUp(c, lookup.data.receiptNumber, lookup.data.lookupEmail);
    if ('page' in found) return found.page;
    const { application } = found;
    const events = await applicationEvents(db, application.id);
    const decision = latestDecision(events);
    const statusUrl = statusPath(config.appSecret, lookup.data.receiptNumber);
    const show = (values: FormValues, errors: Record<string, string | undefined>, notice?: string, status: 409 | 422 = 422) => {
      const props = { values, errors, notice, decision, quoted: quotedFrom(application), statusUrl };
      return c.html(isHtmx(c) ? <FinalApplicationForm {...props} /> : <FinalApplicationPage {...props} />, status);
    };

    const result = parseFinalApplicationForm(body);
    if (!result.ok) {
      const values = result.errors.submissionId ? { ...result.values, submissionId: randomUUID() } : result.values;
      // All errors in one answer: the workflow judges the code only once the rest is valid, so a
      // form refused for other fields has its code checked here against the one recorded.
      const code = finalApplicationShape.businessCode.safeParse(result.values.businessCode);
      const wrongCode = !result.errors.businessCode && code.success && code.data !== application.businessCode;
      // The code leads, as its field does on the form.
      return show(values, wrongCode ? { businessCode: WRONG_BUSINESS_CODE, ...result.errors } : result.errors);
    }
    const { data, businessCode, submissionId } = result.data;
    const updateId = formUpdateId('final', submissionId, events.length, { businessCode, data });
    const outcome = await updateApplication(temporal, application.id, (handle) => handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }], updateId }));
    if (!outcome.ok) {
      const values = { ...collectValues(body, FINAL_APPLICATION_EXTRA_FIELDS), submissionId: randomUUID() };
      // A wrong code belongs beside its field; other refusals concern the whole form.
      if (outcome.refusal === WRONG_BUSINESS_CODE) return show(values, { businessCode: outcome.refusal });
      return show(values, {}, outcome.refusal, 409);
    }
    c.get('log').info({ applicationId: application.id }, '加入(本)申請 received');
    return isHtmx(c) ? c.html(<FinalReceivedMessage statusUrl={statusUrl} />) : c.redirect('/join/final/received?to=' + encodeURIComponent(statusUrl), 303);
  });

  app.get('/join/final/received', (c) => {
    // Only our own status links are followed from here.
    const to = c.req.query('to') ?? '';
    return c.html(<FinalReceivedPage statusUrl={to.startsWith('/join/status/') ? to : '/join/status'} />);
  });

  return app;
}

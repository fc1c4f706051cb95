// 加入(仮)申請 (manual 1.3): the form behind the link mail. Its submission reaches the workflow as an
// update named by the form (see form-update-id), so a double submission makes one application.
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { valuesOf, type FormErrors, type FormValues } from '../../domain/forms/application';
import { parseProvisionalApplicationForm } from '../../domain/forms/provisional-application';
import { statusPath } from '../../domain/status-link-token';
import {
  JoinLinkInvalidPage,
  ProvisionalApplicationForm,
  ProvisionalApplicationPage,
  ProvisionalClosedPage,
  ProvisionalReceivedMessage,
  ProvisionalReceivedPage,
} from '../../templates/public/provisional-application';
import { submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { findByJoinLink } from '../application-lookup';
import { updateApplication } from '../application-updates';
import { formUpdateId } from '../form-update-id';
import type { AppDeps, AppEnv } from '../deps';
import { isHtmx } from '../htmx';
import { splitFullName } from '../../domain/person-name';

export function joinProvisionalRoutes({ config, db, temporal }: AppDeps) {
  const app = new Hono<AppEnv>();

  /** The application behind a valid link, or the page that says why there is none. */
  async function open(c: Context<AppEnv>) {
    const applicationId = c.req.param('applicationId') ?? '';
    const token = c.req.query('token') ?? '';
    const application = await findByJoinLink(db, config.appSecret, applicationId, token);
    if (!application) return { page: c.html(<JoinLinkInvalidPage expired={false} />, 404) };
    const linkExpired = application.status === 'link_sent' && application.linkExpiresAt.getTime() < Date.now();
    if (application.status === 'link_expired' || linkExpired) return { page: c.html(<JoinLinkInvalidPage expired />, 410) };
    if (application.status !== 'link_sent' && application.status !== 'provisional_submitted') {
      const statusUrl = application.receiptNumber ? statusPath(config.appSecret, application.receiptNumber) : undefined;
      return { page: c.html(<ProvisionalClosedPage status={application.status} businessCode={application.businessCode} statusUrl={statusUrl} />, 409) };
    }
    return { application, action: `/join/${applicationId}/provisional?token=${encodeURIComponent(token)}`, token };
  }

  app.get('/join/:applicationId/provisional', async (c) => {
    const opened = await open(c);
    if ('page' in opened) return opened.page;
    const { application, action } = opened;
    // A first visit starts from what リンク確認 asked: 会社名, and ご担当者 as 管理者① (name and address).
    const contact = splitFullName(application.contactName);
    const values: FormValues = application.provisionalData
      ? valuesOf(application.provisionalData)
      : {
          companyName: application.companyName,
          ...(contact ? { 'admin1.lastName': contact.lastName, 'admin1.firstName': contact.firstName } : {}),
          'admin1.email': application.email,
          'admin1.emailConfirmation': application.email,
        };
    values.submissionId = randomUUID();
    return c.html(<ProvisionalApplicationPage action={action} values={values} errors={{}} receiptNumber={application.receiptNumber} />);
  });

  app.post('/join/:applicationId/provisional', async (c) => {
    const opened = await open(c);
    if ('page' in opened) return opened.page;
    const { application, action, token } = opened;
    const show = (values: FormValues, errors: FormErrors, notice?: string, status: 409 | 422 = 422) => {
      const props = { action, values, errors, notice, receiptNumber: application.receiptNumber };
      return c.html(isHtmx(c) ? <ProvisionalApplicationForm {...props} /> : <ProvisionalApplicationPage {...props} />, status);
    };
    const result = parseProvisionalApplicationForm(await c.req.parseBody({ all: true }));
    if (!result.ok) {
      const values = result.errors.submissionId ? { ...result.values, submissionId: randomUUID() } : result.values;
      return show(values, result.errors);
    }
    // Corrections record no step, so only the data sent tells one from another (round 0).
    const updateId = formUpdateId('provisional', result.data.submissionId, 0, result.data.data);
    const outcome = await updateApplication(temporal, application.id, (handle) => handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [result.data.data], updateId }));
    if (!outcome.ok) return show({ ...valuesOf(result.data.data), submissionId: randomUUID() }, {}, outcome.refusal, 409);
    const { receiptNumber } = outcome.value;
    c.get('log').info({ applicationId: application.id, receiptNumber }, '加入(仮)申請 received');
    const statusUrl = statusPath(config.appSecret, receiptNumber);
    if (isHtmx(c)) return c.html(<ProvisionalReceivedMessage receiptNumber={receiptNumber} statusUrl={statusUrl} />);
    return c.redirect(`/join/${application.id}/provisional/received?token=${encodeURIComponent(token)}`, 303);
  });

  app.get('/join/:applicationId/provisional/received', async (c) => {
    const application = await findByJoinLink(db, config.appSecret, c.req.param('applicationId'), c.req.query('token') ?? '');
    if (!application?.receiptNumber) return c.html(<JoinLinkInvalidPage expired={false} />, 404);
    return c.html(<ProvisionalReceivedPage receiptNumber={application.receiptNumber} statusUrl={statusPath(config.appSecret, application.receiptNumber)} />);
  });

  return app;
}

// The applicant's status page: opened with 受付番号 + 管理者①メールアドレス (or the link in the
// mails), then addressed by the 受付番号 with an HMAC so htmx can poll its panel.
import { Hono, type Context } from 'hono';
import { isApplicantDeadline } from '../../domain/application-deadline';
import { applicationLookupSchema, LOOKUP_FIELDS, NOT_FOUND_MESSAGE } from '../../domain/forms/application-lookup';
import { parseForm } from '../../domain/forms/parse-form';
import { statusPanelPath, statusPath } from '../../domain/status-link-token';
import { latestDecision } from '../../templates/public/application-decision';
import { StatusLookupPage, StatusPage, StatusPanelUpdate, type StatusPanelProps } from '../../templates/public/application-status';
import { applicationTimeline } from '../../db/repositories/application-timeline';
import { findByReceipt, findByStatusLink } from '../application-lookup';
import type { AppDeps, AppEnv } from '../deps';
import { digestOf } from '../../domain/digest';

export function joinStatusRoutes({ config, db }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/join/status', (c) => c.html(<StatusLookupPage values={{}} errors={{}} />));

  app.post('/join/status', async (c) => {
    const result = parseForm(applicationLookupSchema, LOOKUP_FIELDS, await c.req.parseBody());
    const notFound = (values: { receiptNumber?: string; lookupEmail?: string }) => c.html(<StatusLookupPage values={values} errors={{}} notice={NOT_FOUND_MESSAGE} />, 422);
    if (!result.ok) {
      if (result.errors.receiptNumber === NOT_FOUND_MESSAGE) return notFound(result.values);
      return c.html(<StatusLookupPage values={result.values} errors={result.errors} />, 422);
    }
    const application = await findByReceipt(db, result.data.receiptNumber, result.data.lookupEmail);
    if (!application) return notFound(result.data);
    return c.redirect(statusPath(config.appSecret, result.data.receiptNumber), 303);
  });

  /** The panel's data, if the link is genuine. */
  async function panel(c: Context<AppEnv>): Promise<StatusPanelProps | undefined> {
    const found = await findByStatusLink(db, config.appSecret, c.req.param('receiptNumber') ?? '', c.req.query('token') ?? '');
    if (!found) return undefined;
    const { application, receiptNumber } = found;
    const { events, timeline } = await applicationTimeline(db, application);
    const shown = {
      receiptNumber,
      companyName: application.companyName,
      status: application.status,
      businessCode: application.businessCode,
      finalApplicationDeadline: isApplicantDeadline(application.status) ? application.deadlineAt : null,
      events: events.map((e) => ({ kind: e.kind })),
      decision: latestDecision(events),
      timeline,
    };
    // The version is the digest of all the panel is rendered from: equal versions, equal panels.
    return { panelUrl: statusPanelPath(config.appSecret, receiptNumber), version: digestOf(shown), ...shown };
  }

  app.get('/join/status/:receiptNumber', async (c) => {
    const props = await panel(c);
    if (!props) return c.html(<StatusLookupPage values={{}} errors={{}} notice={NOT_FOUND_MESSAGE} />, 404);
    return c.html(<StatusPage {...props} />);
  });

  app.get('/join/status/:receiptNumber/panel', async (c) => {
    const props = await panel(c);
    if (!props) return c.html(<p class="form-error" role="alert">{NOT_FOUND_MESSAGE}</p>, 404);
    // Unchanged since the version the page shows: htmx swaps nothing on 204, so a keyboard or
    // screen-reader user keeps their place (a swap would drop the focus to <body>).
    if (c.req.query('v') === props.version) return c.body(null, 204);
    return c.html(<StatusPanelUpdate {...props} />);
  });

  return app;
}

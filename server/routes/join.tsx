// 第1章 (public part): 加入申請リンク確認 and the landing of the link mail.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { parseForm } from '../../domain/forms/parse-form';
import { verifyJoinLinkToken } from '../../domain/join-link-token';
import { JoinLinkForm, JoinLinkPage } from '../../templates/public/join-link-form';
import { JoinLinkSentMessage, JoinLinkSentPage } from '../../templates/public/join-link-sent';
import { JoinLinkInvalidPage, ProvisionalApplicationPage } from '../../templates/public/provisional-application';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import type { AppDeps, AppEnv } from '../deps';
import { isHtmx } from '../htmx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function joinRoutes({ config, db, temporal }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/join/link', (c) => c.html(<JoinLinkPage values={{ applicationId: randomUUID() }} errors={{}} />));

  app.post('/join/link', async (c) => {
    const result = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, await c.req.parseBody());
    if (!result.ok) {
      const values = { ...result.values, applicationId: result.errors.applicationId ? randomUUID() : result.values.applicationId };
      const form = { values, errors: result.errors };
      return c.html(isHtmx(c) ? <JoinLinkForm {...form} /> : <JoinLinkPage {...form} />, 422);
    }
    const { applicationId, companyName, contactName, email } = result.data;
    try {
      await temporal.connection.withDeadline(Date.now() + 5_000, () =>
        temporal.workflow.start(membershipApplication, {
          taskQueue: config.temporal.taskQueue,
          workflowId: membershipApplicationWorkflowId(applicationId),
          args: [{ applicationId, companyName, contactName, email, linkExpiryMs: config.joinLinkExpiryMs }],
        }),
      );
    } catch (error) {
      // A double submission of the same form: the first one already started the application.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    c.get('log').info({ workflowId: membershipApplicationWorkflowId(applicationId) }, 'join link requested');
    return isHtmx(c) ? c.html(<JoinLinkSentMessage />) : c.redirect('/join/link/sent', 303);
  });

  app.get('/join/link/sent', (c) => c.html(<JoinLinkSentPage />));

  app.get('/join/:applicationId/provisional', async (c) => {
    const applicationId = c.req.param('applicationId');
    const token = c.req.query('token') ?? '';
    if (!UUID.test(applicationId) || !verifyJoinLinkToken(config.appSecret, applicationId, token)) {
      return c.html(<JoinLinkInvalidPage expired={false} />, 404);
    }
    const application = await db.models.MembershipApplication.findByPk(applicationId);
    if (!application) return c.html(<JoinLinkInvalidPage expired={false} />, 404);
    if (application.status === 'link_expired' || application.linkExpiresAt.getTime() < Date.now()) {
      return c.html(<JoinLinkInvalidPage expired />, 410);
    }
    return c.html(
      <ProvisionalApplicationPage companyName={application.companyName} contactName={application.contactName} email={application.email} />,
    );
  });

  return app;
}

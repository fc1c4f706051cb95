// 第1章 (public part): 加入申請リンク確認, which starts the application and mails the link.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { parseForm } from '../../domain/forms/parse-form';
import { JoinLinkForm, JoinLinkPage } from '../../templates/public/join-link-form';
import { JoinLinkSentMessage, JoinLinkSentPage } from '../../templates/public/join-link-sent';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import type { AppDeps, AppEnv } from '../deps';
import { isHtmx } from '../htmx';

export function joinRoutes({ config, temporal }: AppDeps) {
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
          args: [{
            applicationId,
            companyName,
            contactName,
            email,
            linkExpiryMs: config.joinLinkExpiryMs,
            businessCodeWaitMs: config.businessCodeWaitMs,
            finalApplicationWaitMs: config.finalApplicationWaitMs,
          }],
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

  return app;
}

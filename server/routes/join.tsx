// 第1章 (public part): 加入申請リンク確認, which starts the application and mails the link.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { recordJoinLinkApplication } from '../../db/repositories/send-limits';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { parseForm } from '../../domain/forms/parse-form';
import { JoinLinkForm, JoinLinkPage } from '../../templates/public/join-link-form';
import { JoinLinkSentMessage, JoinLinkSentPage } from '../../templates/public/join-link-sent';
import { membershipApplication, membershipApplicationWorkflowId } from '../../workflows/membership-application';
import type { AppDeps, AppEnv } from '../deps';
import { isHtmx } from '../htmx';

// Shown in place of sending one more link: mail to an address is limited (JOIN_LINK_LIMIT_*).
const TOO_MANY_LINKS = 'このメールアドレスには短時間に多くの申請リンクが送信されています。しばらく時間をおいてから、もう一度お試しください。';

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
    const application = { id: applicationId, companyName, contactName, email, linkExpiresAt: new Date(Date.now() + config.joinLinkExpiryMs) };
    const recorded = await recordJoinLinkApplication(db, application, config.joinLinkLimit, async () => {
      try {
        await temporal.connection.withDeadline(Date.now() + 5_000, () =>
          temporal.workflow.start(membershipApplication, {
            taskQueue: config.temporal.taskQueue,
            workflowId: membershipApplicationWorkflowId(applicationId),
            // An id whose application has ended (approved, expired) is never started again.
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
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
        // A double submission of the same form: the first one already started the application
        // (or, for a form id sent again later, ran it to its end).
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    });
    if (!recorded) {
      c.get('log').warn({ applicationId }, 'join link refused: too many applications for the address');
      // Nothing was recorded under the id, so the same form may be sent again later.
      const form = { values: result.data, errors: {}, notice: TOO_MANY_LINKS };
      return c.html(isHtmx(c) ? <JoinLinkForm {...form} /> : <JoinLinkPage {...form} />, 429);
    }
    c.get('log').info({ workflowId: membershipApplicationWorkflowId(applicationId) }, 'join link requested');
    return isHtmx(c) ? c.html(<JoinLinkSentMessage />) : c.redirect('/join/link/sent', 303);
  });

  app.get('/join/link/sent', (c) => c.html(<JoinLinkSentPage />));

  return app;
}

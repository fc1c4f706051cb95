// 「ID／パスワードを忘れた方はこちら」: the same answer, after the same minimum time, whether the
// account exists or not; the mailed link works once and until it expires.
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { isReusedPassword, setPassword } from '../../../db/repositories/credentials';
import { sendWithinResetMailLimit } from '../../../db/repositories/send-limits';
import { FORGOT_PASSWORD_FIELDS, forgotPasswordSchema } from '../../../domain/forms/forgot-password';
import { parseForm } from '../../../domain/forms/parse-form';
import { NEW_PASSWORD_FIELDS, newPasswordSchema } from '../../../domain/forms/password-change';
import { describePolicy } from '../../../domain/password-policy';
import { hashSecretToken } from '../../../domain/secret-token';
import { ForgotPasswordPage, ForgotPasswordSentPage, ResetLinkInvalidPage, ResetPasswordPage } from '../../../templates/member/forgot-password';
import { PASSWORD_REUSED } from '../../auth/change-password';
import type { AppDeps, AppEnv } from '../../deps';
import { startMailDelivery } from '../../mail-delivery';

// Long enough to cover looking the account up and starting the mail, so timing tells nothing.
const MINIMUM_ANSWER_MS = 1_000;
// Waiting for a mail ends this long before the minimum answer time, so that it never delays the answer.
const ANSWER_MARGIN_MS = 200;
const TOKEN = /^[a-z2-7]{32}$/;

export function forgotPasswordRoutes(deps: AppDeps) {
  const { db, config, temporal } = deps;
  const app = new Hono<AppEnv>();
  const rule = describePolicy(config.auth.passwordPolicy);

  /**
   * Waits, at most until `until`, for the mail's delivery: its link is made just before the mail
   * goes out, and the next request for the user must find it counted (PASSWORD_RESET_LIMIT_*).
   */
  async function untilDelivered(workflowId: string, until: number): Promise<void> {
    if (until <= Date.now()) return;
    try {
      await temporal.connection.withDeadline(until, () => temporal.workflow.getHandle(workflowId).result());
    } catch {
      // Not delivered in time (the SMTP server slow or away): the delivery goes on retrying by itself,
      // and the link, once made, is counted by later requests.
    }
  }

  app.get('/password/forgot', (c) => c.html(<ForgotPasswordPage values={{ requestId: randomUUID() }} errors={{}} />));

  app.post('/password/forgot', async (c) => {
    const started = Date.now();
    const result = parseForm(forgotPasswordSchema, FORGOT_PASSWORD_FIELDS, await c.req.parseBody());
    if (!result.ok) {
      const values = { ...result.values, requestId: result.errors.requestId ? randomUUID() : result.values.requestId };
      return c.html(<ForgotPasswordPage values={values} errors={result.errors} />, 422);
    }
    const { requestId, businessCode, userId, email } = result.data;
    const member = await db.models.Member.findByPk(businessCode);
    // Without a ユーザID, every user of the member registered with the address gets a link.
    const users = member?.status === 'active' ? await db.models.User.findAll({ where: { businessCode, ...(userId ? { userId } : {}) } }) : [];
    const waitUntil = started + MINIMUM_ANSWER_MS - ANSWER_MARGIN_MS;
    for (const user of users.filter((u) => u.email.toLowerCase() === email.toLowerCase())) {
      const idempotencyKey = `password-reset-link:${requestId}:${user.id}`;
      const outcome = await sendWithinResetMailLimit(db, user.id, config.auth.resetMailLimit, async () => {
        await startMailDelivery(deps, {
          kind: 'password-reset-link',
          idempotencyKey,
          userRowId: user.id,
          expiresAt: new Date(Date.now() + config.auth.resetLinkExpiryMs).toISOString(),
        });
        await untilDelivered(idempotencyKey, waitUntil);
      });
      // Said in the log only: the answer is the same whether a mail went out or not.
      if (outcome !== 'sent') c.get('log').warn({ businessCode, userId: user.userId, outcome }, 'password reset mail not sent');
    }
    c.get('log').info({ businessCode, userId: userId ?? null }, 'password reset link requested');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + MINIMUM_ANSWER_MS - Date.now())));
    return c.redirect('/password/forgot/sent', 303);
  });

  app.get('/password/forgot/sent', (c) => c.html(<ForgotPasswordSentPage />));

  async function findLink(token: string) {
    if (!TOKEN.test(token)) return { usable: false as const, expired: false };
    const link = await db.models.PasswordResetToken.findByPk(hashSecretToken(token));
    if (!link || link.usedAt) return { usable: false as const, expired: false };
    if (link.expiresAt.getTime() <= Date.now()) return { usable: false as const, expired: true };
    return { usable: true as const, link };
  }

  app.get('/password/reset/:token', async (c) => {
    const token = c.req.param('token');
    const found = await findLink(token);
    if (!found.usable) return c.html(<ResetLinkInvalidPage expired={found.expired} />, 410);
    return c.html(<ResetPasswordPage token={token} errors={{}} rule={rule} />);
  });

  app.post('/password/reset/:token', async (c) => {
    const token = c.req.param('token');
    const found = await findLink(token);
    if (!found.usable) return c.html(<ResetLinkInvalidPage expired={found.expired} />, 410);
    const result = parseForm(newPasswordSchema(config.auth.passwordPolicy), NEW_PASSWORD_FIELDS, await c.req.parseBody());
    if (!result.ok) return c.html(<ResetPasswordPage token={token} errors={result.errors} rule={rule} />, 422);
    const user = await db.models.User.findByPk(found.link.userId);
    if (!user) return c.html(<ResetLinkInvalidPage expired={false} />, 410);
    const owner = { kind: 'user', id: user.id } as const;
    const password = result.data.newPassword;
    if (await isReusedPassword(db, owner, user.passwordHash, password, config.auth.passwordPolicy.historyDepth)) {
      return c.html(<ResetPasswordPage token={token} errors={{ newPassword: PASSWORD_REUSED(config.auth.passwordPolicy.historyDepth) }} rule={rule} />, 422);
    }
    // The link is claimed under a row lock: of two posts at once, only the first sets a password.
    const claimed = await db.sequelize.transaction(async (transaction) => {
      const link = await db.models.PasswordResetToken.findByPk(found.link.id, { transaction, lock: transaction.LOCK.UPDATE });
      if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now()) return false;
      await link.update({ usedAt: new Date() }, { transaction });
      await setPassword(db, owner, password, { mustChange: false, transaction });
      return true;
    });
    if (!claimed) return c.html(<ResetLinkInvalidPage expired={false} />, 410);
    c.get('log').info({ businessCode: user.businessCode, userId: user.userId }, 'password reset by link');
    return c.redirect('/login?reset', 303);
  });

  return app;
}

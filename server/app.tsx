// The HTTP application: middleware (request id and logs, secure headers, CSRF), the route groups,
// and Japanese answers for every error.
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { ErrorPage } from '../templates/public/error-page';
import { ADMINISTRATOR_ONLY, AdministratorOnlyError } from './auth/require-member';
import { MembershipEndedError } from '../db/repositories/member-lock';
import { MEMBERSHIP_ENDED } from '../domain/member-status';
import type { AppDeps, AppEnv } from './deps';
import { healthRoutes } from './routes/health';
import { joinRoutes } from './routes/join';
import { joinFinalRoutes } from './routes/join-final';
import { joinProvisionalRoutes } from './routes/join-provisional';
import { joinStatusRoutes } from './routes/join-status';
import { joinAttachmentRoutes } from './routes/join-attachments';
import { memberRoutes } from './routes/member';
import { staffRoutes } from './routes/staff';
import { staticRoutes } from './routes/static';
import { topRoutes } from './routes/top';
import { formBodyLimit } from './form-body-limit';
import { addressWithoutStepNotice } from './step-notice-address';
import { wholePageReplacesBody } from './whole-page-answers';
import { refusalKeepsAddress } from './refusal-address';
import { isServiceUnavailable } from './unavailable';
import { securePageHeaders } from './secure-page-headers';

/** Every form but the two uploads (which have their own limit) fits many times into this. */
const FORM_BODY_LIMIT_BYTES = 64 * 1024;
const UPLOAD_PATH = /\/attachments$/;

/** A form body that cannot be parsed (a broken multipart body): the sender's doing, not a fault of ours. */
function isUnreadableForm(error: Error): boolean {
  return error instanceof TypeError && error.message.includes('parse body as FormData');
}

/** The address as logged: a password reset link's token is a secret until used. */
function loggedPath(path: string): string {
  return path.replace(/^\/password\/reset\/[^/]+/, '/password/reset/…');
}

/**
 * Pages of signed-in users, of password resets and of an application (its data, its status) stay
 * out of the browser's cache (shared PCs); only リンク確認 is public.
 */
const PRIVATE_PAGES = /^\/(member|staff|password)(\/|$)|^\/join\/(?!link(\/|$))/;

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const publicOrigin = new URL(deps.config.web.publicBaseUrl).origin;

  app.use(requestId());
  app.use(async (c, next) => {
    const log = deps.logger.child({ requestId: c.get('requestId') });
    c.set('log', log);
    const started = performance.now();
    await next();
    log.info({ method: c.req.method, path: loggedPath(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use(async (c, next) => {
    // Set before the page is made, so it is part of the response instead of a copy made after.
    if (PRIVATE_PAGES.test(c.req.path)) c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use(securePageHeaders);
  // State-changing requests must come from our own pages (Origin or Sec-Fetch-Site).
  app.use(csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin }));
  app.use(addressWithoutStepNotice);
  app.use(wholePageReplacesBody);
  app.use(refusalKeepsAddress);
  const formLimit = formBodyLimit(FORM_BODY_LIMIT_BYTES, (c) => c.html(<ErrorPage status={413} />, 413));
  app.use((c, next) => (c.req.method === 'GET' || UPLOAD_PATH.test(c.req.path) ? next() : formLimit(c, next)));

  app.route('/', healthRoutes(deps));
  app.route('/', staticRoutes());
  app.route('/', topRoutes());
  app.route('/', joinRoutes(deps));
  app.route('/', joinProvisionalRoutes(deps));
  app.route('/', joinFinalRoutes(deps));
  app.route('/', joinStatusRoutes(deps));
  app.route('/', joinAttachmentRoutes(deps));
  app.route('/', memberRoutes(deps));
  app.route('/', staffRoutes(deps));

  // member/staff are set once requireMember/requireStaff let the request in (their middleware runs
  // for unknown paths under /member and /staff too); a refusal before them (CSRF, no session) and
  // any other path have neither, and keep the plain page.
  app.notFound((c) => c.html(<ErrorPage status={404} member={c.get('member')} staff={c.get('staff')} />, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 403) {
      return c.html(<ErrorPage status={403} text={error instanceof AdministratorOnlyError ? ADMINISTRATOR_ONLY : undefined} member={c.get('member')} staff={c.get('staff')} />, 403);
    }
    if (error instanceof HTTPException && error.status < 500) return error.getResponse();
    // The member's sessions ended with the membership: the plain frame, as after ログアウト.
    if (error instanceof MembershipEndedError) return c.html(<ErrorPage status={403} text={MEMBERSHIP_ENDED} />, 403);
    if (isUnreadableForm(error)) return c.html(<ErrorPage status={400} member={c.get('member')} staff={c.get('staff')} />, 400);
    const log = c.get('log') ?? deps.logger;
    if (isServiceUnavailable(error)) {
      log.warn({ err: error }, 'dependency unavailable');
      return c.html(<ErrorPage status={503} />, 503, { 'Retry-After': '30' });
    }
    log.error({ err: error }, 'unhandled error');
    return c.html(<ErrorPage status={500} />, 500);
  });
  return app;
}

// The staff console: never reachable without a staff session. Anonymous requests get a 303 to
// /staff/login; a password that must be changed sends to the staff パスワード変更 first.
import type { MiddlewareHandler } from 'hono';
import { staffSessionOf } from '../../db/repositories/sessions';
import type { AppDeps, AppEnv } from '../deps';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { loginAfterEndedSession } from './ended-session';
import { mustChangePassword } from './must-change-password';

const STAFF_LOGIN_PATH = '/staff/login';
const STAFF_PASSWORD_CHANGE_PATH = '/staff/password';
const ALLOWED_BEFORE_CHANGE = new Set([STAFF_PASSWORD_CHANGE_PATH, '/staff/logout']);

export function requireStaff({ db, config }: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c, 'staff');
    const staff = token ? (await staffSessionOf(db, token, config.auth.sessionIdleMs))?.staff : undefined;
    if (!token) return c.redirect(STAFF_LOGIN_PATH, 303);
    if (!staff) {
      clearSessionCookie(c, 'staff', config.web.publicBaseUrl);
      return c.redirect(await loginAfterEndedSession(db, token, STAFF_LOGIN_PATH), 303);
    }
    if (mustChangePassword(staff, config.auth.passwordPolicy) && !ALLOWED_BEFORE_CHANGE.has(c.req.path)) {
      return c.redirect(STAFF_PASSWORD_CHANGE_PATH, 303);
    }
    c.set('staff', { staff, sessionToken: token });
    await next();
  };
}

// Member pages: a valid member session or a 303 to ログイン; a membership that ended (承継/脱退)
// ends the session too; a password that must be changed sends to パスワード変更 first.
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { endSessionsOfMember, memberSessionOf } from '../../db/repositories/sessions';
import type { AppDeps, AppEnv } from '../deps';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { mustChangePassword } from './must-change-password';

export const MEMBER_LOGIN_PATH = '/login';
export const MEMBER_PASSWORD_CHANGE_PATH = '/member/password';
/** Reachable while a password change is pending: the change itself and ログアウト. */
const ALLOWED_BEFORE_CHANGE = new Set([MEMBER_PASSWORD_CHANGE_PATH, '/member/logout']);

export function requireMember({ db, config }: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c, 'member');
    const found = token ? await memberSessionOf(db, token, config.auth.sessionIdleMs) : null;
    if (!token || !found) {
      if (token) clearSessionCookie(c, 'member', config.web.publicBaseUrl);
      return c.redirect(MEMBER_LOGIN_PATH, 303);
    }
    const { user, member } = found;
    if (member.status !== 'active') {
      await endSessionsOfMember(db, member.businessCode);
      clearSessionCookie(c, 'member', config.web.publicBaseUrl);
      return c.redirect(`${MEMBER_LOGIN_PATH}?ended=1`, 303);
    }
    if (mustChangePassword(user, config.auth.passwordPolicy) && !ALLOWED_BEFORE_CHANGE.has(c.req.path)) {
      return c.redirect(MEMBER_PASSWORD_CHANGE_PATH, 303);
    }
    c.set('member', { user, member, sessionToken: token });
    await next();
  };
}

/** ユーザ管理(管理者機能) is for 管理者 only; a 担当者 gets the Japanese 403 page. */
export function requireAdministrator(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('member').user.role !== 'administrator') throw new HTTPException(403);
    await next();
  };
}

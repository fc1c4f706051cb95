// Member pages: a valid member session or a 303 to ログイン; a membership that ended (承継/脱退)
// ends the session too; a password that must be changed sends to パスワード変更 first.
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Member } from '../../db/models/member';
import type { User } from '../../db/models/user';
import { memberSessionStamps } from '../../db/repositories/member-session-stamp';
import { endSessionsOfMember, isDueForSliding, memberSessionOf } from '../../db/repositories/sessions';
import { hashSecretToken } from '../../domain/secret-token';
import { LOGIN_NOTICE_KEY } from '../../domain/session-end';
import { StampedCache } from '../stamped-cache';
import type { AppDeps, AppEnv } from '../deps';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { loginAfterEndedSession } from './ended-session';
import { mustChangePassword } from './must-change-password';

const MEMBER_LOGIN_PATH = '/login';
const MEMBER_PASSWORD_CHANGE_PATH = '/member/password';
/** Reachable while a password change is pending: the change itself and ログアウト. */
const ALLOWED_BEFORE_CHANGE = new Set([MEMBER_PASSWORD_CHANGE_PATH, '/member/logout']);
/** Sessions whose user and member are kept per web process. */
const SESSION_CACHE_SIZE = 5_000;

export function requireMember({ db, config }: AppDeps): MiddlewareHandler<AppEnv> {
  // Pages only read: their requests reuse the user and member as long as the stamp says they are
  // unchanged. Posts always read them afresh, so a handler never writes through a cached model.
  const readers = new StampedCache<{ user: User; member: Member }>(SESSION_CACHE_SIZE);
  const stampOf = memberSessionStamps(db);

  async function lookUp(token: string, method: string) {
    const sessionId = hashSecretToken(token);
    const stamp = await stampOf(sessionId);
    if (!stamp) return null;
    const cacheable = (method === 'GET' || method === 'HEAD') && !isDueForSliding(stamp.expiresAt, config.auth.sessionIdleMs);
    const cached = cacheable ? readers.get(sessionId, stamp.stamp) : undefined;
    if (cached) return { ...cached, stamp: stamp.stamp };
    // Expired or due for its sliding expiry, or not seen with this stamp: the full lookup.
    const found = await memberSessionOf(db, token, config.auth.sessionIdleMs);
    if (!found) return null;
    readers.set(sessionId, stamp.stamp, { user: found.user, member: found.member });
    return { user: found.user, member: found.member, stamp: stamp.stamp };
  }

  return async (c, next) => {
    const token = readSessionCookie(c, 'member');
    const found = token ? await lookUp(token, c.req.method) : null;
    if (!token) return c.redirect(MEMBER_LOGIN_PATH, 303);
    if (!found) {
      clearSessionCookie(c, 'member', config.web.publicBaseUrl);
      return c.redirect(await loginAfterEndedSession(db, token, MEMBER_LOGIN_PATH), 303);
    }
    const { user, member, stamp } = found;
    if (member.status !== 'active') {
      await endSessionsOfMember(db, member.businessCode);
      clearSessionCookie(c, 'member', config.web.publicBaseUrl);
      return c.redirect(`${MEMBER_LOGIN_PATH}?${LOGIN_NOTICE_KEY.membership_ended}`, 303);
    }
    if (mustChangePassword(user, config.auth.passwordPolicy) && !ALLOWED_BEFORE_CHANGE.has(c.req.path)) {
      return c.redirect(MEMBER_PASSWORD_CHANGE_PATH, 303);
    }
    c.set('member', { user, member, sessionToken: token, stamp });
    await next();
  };
}

/** Manual 第3章 「ユーザ管理機能は管理者のみが使用できます」, worded for every 管理者-only page. */
export const ADMINISTRATOR_ONLY = 'この機能は管理者のみが使用できます。';

/** A 担当者 on a page reserved to 管理者: the 403 page says so, since trying again cannot help. */
export class AdministratorOnlyError extends HTTPException {
  constructor() {
    super(403);
  }
}

/** ユーザ管理(管理者機能) and 会員情報変更 are for 管理者 only. */
export function requireAdministrator(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('member').user.role !== 'administrator') throw new AdministratorOnlyError();
    await next();
  };
}

// A new session at every login (never reuse one the browser brought: session fixation), and
// ログアウト that deletes the row as well as the cookie.
import type { Context } from 'hono';
import type { AccountRef } from '../../db/repositories/account';
import { createSession, endSession } from '../../db/repositories/sessions';
import type { AppDeps } from '../deps';
import { clearSessionCookie, readSessionCookie, writeSessionCookie, type Audience } from './cookies';

export async function startSession(c: Context, { db, config }: AppDeps, audience: Audience, owner: AccountRef): Promise<void> {
  const previous = readSessionCookie(c, audience);
  if (previous) await endSession(db, previous);
  const token = await createSession(db, owner, config.auth.sessionIdleMs);
  writeSessionCookie(c, audience, token, config.web.publicBaseUrl);
}

export async function finishSession(c: Context, { db, config }: AppDeps, audience: Audience): Promise<void> {
  const token = readSessionCookie(c, audience);
  if (token) await endSession(db, token);
  clearSessionCookie(c, audience, config.web.publicBaseUrl);
}

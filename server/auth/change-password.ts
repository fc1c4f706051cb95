// パスワード変更 for a logged-in member or staff account: the composition rules (form schema),
// the current password, the history (過去3世代); then every session ends and a new one starts so
// other browsers are logged out and this one stays in. A wrong current password counts as a failed
// login: a session left open (or stolen) does not allow guessing the password past the lockout;
// the guess that locks the account also ends its sessions.
import type { Context } from 'hono';
import type { AccountRef } from '../../db/repositories/account';
import { isReusedPassword, recordRightPassword, reserveLoginAttempt, setPassword } from '../../db/repositories/credentials';
import { endAllSessions } from '../../db/repositories/sessions';
import { parseForm, type FieldErrors } from '../../domain/forms/parse-form';
import { PASSWORD_CHANGE_FIELDS, passwordChangeSchema, type PasswordChangeField } from '../../domain/forms/password-change';
import { verifyPassword } from '../../domain/password-hash';
import type { AppDeps } from '../deps';
import { clearSessionCookie, type Audience } from './cookies';
import { startSession } from './start-session';

export const PASSWORD_REUSED = (depth: number) => `過去${depth}世代前までに使用したものと同じパスワードには変更できません。`;

const WRONG_CURRENT = '現在のパスワードが正しくありません。続けて誤った場合は、ログアウトし、しばらくの間ログインできなくなります。';
const LOCKED_MEANWHILE = 'ログインの失敗が続いたため、このアカウントは一時的にロックされています。しばらく時間をおいてから、もう一度お試しください。';

/** Said at ログイン after the guess that locked the account ended the session. */
export const LOGGED_OUT_AFTER_WRONG_PASSWORDS = '現在のパスワードを続けて誤ったため、ログアウトしました。しばらく時間をおいてから、もう一度ログインしてください。';

/** Said where a forced パスワード変更 leads (メニュー, 本機関メニュー). */
export const PASSWORD_CHANGED = 'パスワードを変更しました。';

export type PasswordChangeOutcome =
  | { ok: true }
  | { ok: false; errors: FieldErrors<PasswordChangeField> }
  /** This guess locked the account: its sessions have ended, this one too. */
  | { ok: false; locked: true };

export async function changePassword(
  c: Context,
  deps: AppDeps,
  audience: Audience,
  account: { ref: AccountRef; passwordHash: string },
): Promise<PasswordChangeOutcome> {
  const { passwordPolicy: policy, lockThreshold, lockDurationMs } = deps.config.auth;
  const result = parseForm(passwordChangeSchema(policy), PASSWORD_CHANGE_FIELDS, await c.req.parseBody());
  if (!result.ok) return { ok: false, errors: result.errors };
  const attempt = await reserveLoginAttempt(deps.db, account.ref, lockThreshold, lockDurationMs);
  // Locked by failed logins elsewhere: the guess is not tried, and this session stays.
  if (!attempt) return { ok: false, errors: { currentPassword: LOCKED_MEANWHILE } };
  const right = await verifyPassword(account.passwordHash, result.data.currentPassword);
  if (!right || !(await recordRightPassword(deps.db, account.ref, attempt, account.passwordHash))) {
    if (!attempt.lockedUntil) return { ok: false, errors: { currentPassword: WRONG_CURRENT } };
    await endAllSessions(deps.db, account.ref, 'locked');
    clearSessionCookie(c, audience, deps.config.web.publicBaseUrl);
    return { ok: false, locked: true };
  }
  if (await isReusedPassword(deps.db, account.ref, account.passwordHash, result.data.newPassword, policy.historyDepth)) {
    return { ok: false, errors: { newPassword: PASSWORD_REUSED(policy.historyDepth) } };
  }
  await setPassword(deps.db, account.ref, result.data.newPassword, { mustChange: false });
  await startSession(c, deps, audience, account.ref);
  return { ok: true };
}

// パスワード変更 for a logged-in member or staff account: the composition rules (form schema),
// the current password, the history (過去3世代); then every session ends and a new one starts so
// other browsers are logged out and this one stays in.
import type { Context } from 'hono';
import type { AccountRef } from '../../db/repositories/account';
import { isReusedPassword, setPassword } from '../../db/repositories/credentials';
import { parseForm, type FieldErrors } from '../../domain/forms/parse-form';
import { PASSWORD_CHANGE_FIELDS, passwordChangeSchema, type PasswordChangeField } from '../../domain/forms/password-change';
import { verifyPassword } from '../../domain/password-hash';
import type { AppDeps } from '../deps';
import type { Audience } from './cookies';
import { startSession } from './start-session';

export const PASSWORD_REUSED = (depth: number) => `過去${depth}世代前までに使用したものと同じパスワードには変更できません。`;

export async function changePassword(
  c: Context,
  deps: AppDeps,
  audience: Audience,
  account: { ref: AccountRef; passwordHash: string },
): Promise<{ ok: true } | { ok: false; errors: FieldErrors<PasswordChangeField> }> {
  const policy = deps.config.auth.passwordPolicy;
  const result = parseForm(passwordChangeSchema(policy), PASSWORD_CHANGE_FIELDS, await c.req.parseBody());
  if (!result.ok) return { ok: false, errors: result.errors };
  if (!(await verifyPassword(account.passwordHash, result.data.currentPassword))) {
    return { ok: false, errors: { currentPassword: '現在のパスワードが正しくありません。' } };
  }
  if (await isReusedPassword(deps.db, account.ref, account.passwordHash, result.data.newPassword, policy.historyDepth)) {
    return { ok: false, errors: { newPassword: PASSWORD_REUSED(policy.historyDepth) } };
  }
  await setPassword(deps.db, account.ref, result.data.newPassword, { mustChange: false });
  await startSession(c, deps, audience, account.ref);
  return { ok: true };
}

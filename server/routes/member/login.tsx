// ログイン and ログアウト of the member portal (manual 2.2).
import { Hono } from 'hono';
import { MEMBER_LOGIN_FIELDS, memberLoginSchema } from '../../../domain/forms/login';
import { parseForm } from '../../../domain/forms/parse-form';
import { MEMBERSHIP_ENDED } from '../../../domain/member-status';
import { LoginPage } from '../../../templates/member/login';
import { authenticateMember } from '../../auth/authenticate';
import { LOGGED_OUT_AFTER_WRONG_PASSWORDS } from '../../auth/change-password';
import { SESSION_ENDED_NOTICES } from '../../auth/ended-session';
import { finishSession, startSession } from '../../auth/start-session';
import type { AppDeps, AppEnv } from '../../deps';

export const LOGIN_FAILED = '事業者コード、ユーザID、またはパスワードが正しくありません。続けて誤った場合は、しばらくの間ログインできなくなります。';
const NOTICES: Record<string, string> = {
  logout: 'ログアウトしました。',
  ended: MEMBERSHIP_ENDED,
  reset: 'パスワードを変更しました。新しいパスワードでログインしてください。',
  locked: LOGGED_OUT_AFTER_WRONG_PASSWORDS,
  deleted: 'ユーザ情報が削除されたため、ログアウトしました。ご不明な点は、貴社の管理者にお問い合わせください。',
  initialized: '管理者によりパスワードが初期化されたため、ログアウトしました。メールでお知らせした新しいパスワードでログインしてください。',
  ...SESSION_ENDED_NOTICES,
};

export function memberLoginRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/login', (c) => {
    const notice = Object.keys(NOTICES).find((key) => c.req.query(key) !== undefined);
    return c.html(<LoginPage values={{}} errors={{}} notice={notice ? NOTICES[notice] : undefined} />);
  });

  app.post('/login', async (c) => {
    const result = parseForm(memberLoginSchema, MEMBER_LOGIN_FIELDS, await c.req.parseBody());
    if (!result.ok) {
      const { password: _omitted, ...values } = result.values;
      return c.html(<LoginPage values={values} errors={result.errors} />, 422);
    }
    const { businessCode, userId } = result.data;
    const outcome = await authenticateMember(deps.db, deps.config.auth, result.data);
    if (!outcome.ok) {
      const ended = outcome.reason === 'membership_ended';
      c.get('log').info({ businessCode, userId, reason: outcome.reason }, 'member login refused');
      return c.html(<LoginPage values={{ businessCode, userId }} errors={{}} error={ended ? MEMBERSHIP_ENDED : LOGIN_FAILED} />, ended ? 403 : 422);
    }
    await startSession(c, deps, 'member', { kind: 'user', id: outcome.value.user.id });
    c.get('log').info({ businessCode, userId }, 'member logged in');
    return c.redirect('/member', 303);
  });

  return app;
}

/** ログアウト: behind requireMember, so only a live session reaches it. */
export function memberLogoutRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.post('/member/logout', async (c) => {
    await finishSession(c, deps, 'member');
    return c.redirect('/login?logout', 303);
  });
  return app;
}

// パスワード変更 (manual 2.2): by choice from ユーザ情報変更, or first of all when the password is
// initial, reset or older than the policy allows.
import { Hono } from 'hono';
import { describePolicy } from '../../../domain/password-policy';
import { PasswordChangePage } from '../../../templates/member/password-change';
import { changePassword } from '../../auth/change-password';
import { mustChangePassword } from '../../auth/must-change-password';
import type { AppDeps, AppEnv, MemberAuth } from '../../deps';

function forcedReason(auth: MemberAuth, deps: AppDeps): string | undefined {
  if (!mustChangePassword(auth.user, deps.config.auth.passwordPolicy)) return undefined;
  return auth.user.mustChangePassword
    ? 'メールでお送りしたパスワードでログインしました。引き続きご利用いただくには、パスワードを変更してください。'
    : 'パスワードの有効期限が切れました。引き続きご利用いただくには、パスワードを変更してください。';
}

export function memberPasswordRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const rule = describePolicy(deps.config.auth.passwordPolicy);

  app.get('/member/password', (c) => {
    const auth = c.get('member');
    const done = c.req.query('done') !== undefined ? 'パスワードを変更しました。' : undefined;
    return c.html(<PasswordChangePage auth={auth} errors={{}} rule={rule} reason={forcedReason(auth, deps)} done={done} />);
  });

  app.post('/member/password', async (c) => {
    const auth = c.get('member');
    const forced = forcedReason(auth, deps);
    const outcome = await changePassword(c, deps, 'member', { ref: { kind: 'user', id: auth.user.id }, passwordHash: auth.user.passwordHash });
    if (!outcome.ok) {
      if ('locked' in outcome) return c.redirect('/login?locked', 303);
      return c.html(<PasswordChangePage auth={auth} errors={outcome.errors} rule={rule} reason={forced} />, 422);
    }
    c.get('log').info({ businessCode: auth.member.businessCode, userId: auth.user.userId }, 'member password changed');
    // A change asked for at login is its last step: on to メニュー.
    return c.redirect(forced ? '/member?done=password' : '/member/password?done', 303);
  });

  return app;
}

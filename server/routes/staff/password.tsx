// パスワード変更 of a staff account; first of all when the password is initial or too old.
import { Hono } from 'hono';
import { describePolicy } from '../../../domain/password-policy';
import { StaffPasswordChangePage } from '../../../templates/staff/password-change';
import { changePassword } from '../../auth/change-password';
import { mustChangePassword } from '../../auth/must-change-password';
import type { AppDeps, AppEnv, StaffAuth } from '../../deps';

function forcedReason(auth: StaffAuth, deps: AppDeps): string | undefined {
  if (!mustChangePassword(auth.staff, deps.config.auth.passwordPolicy)) return undefined;
  return auth.staff.mustChangePassword
    ? '初期パスワードでログインしました。引き続きご利用いただくには、パスワードを変更してください。'
    : 'パスワードの有効期限が切れました。引き続きご利用いただくには、パスワードを変更してください。';
}

export function staffPasswordRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const rule = describePolicy(deps.config.auth.passwordPolicy);

  app.get('/staff/password', (c) => {
    const auth = c.get('staff');
    const done = c.req.query('done') !== undefined ? 'パスワードを変更しました。' : undefined;
    return c.html(<StaffPasswordChangePage auth={auth} errors={{}} rule={rule} reason={forcedReason(auth, deps)} done={done} />);
  });

  app.post('/staff/password', async (c) => {
    const auth = c.get('staff');
    const forced = forcedReason(auth, deps);
    const outcome = await changePassword(c, deps, 'staff', { ref: { kind: 'staff', id: auth.staff.id }, passwordHash: auth.staff.passwordHash });
    if (!outcome.ok) {
      if ('locked' in outcome) return c.redirect('/staff/login?locked', 303);
      return c.html(<StaffPasswordChangePage auth={auth} errors={outcome.errors} rule={rule} reason={forced} />, 422);
    }
    c.get('log').info({ loginId: auth.staff.loginId }, 'staff password changed');
    // A change asked for at login is its last step: on to 本機関メニュー.
    return c.redirect(forced ? '/staff?done=password' : '/staff/password?done', 303);
  });

  return app;
}

// ログイン and ログアウト of the staff console: the only staff pages without a staff session.
import { Hono } from 'hono';
import { STAFF_LOGIN_FIELDS, staffLoginSchema } from '../../../domain/forms/login';
import { parseForm } from '../../../domain/forms/parse-form';
import { StaffLoginPage } from '../../../templates/staff/login';
import { authenticateStaff } from '../../auth/authenticate';
import { finishSession, startSession } from '../../auth/start-session';
import type { AppDeps, AppEnv } from '../../deps';
import { LOGGED_OUT_AFTER_WRONG_PASSWORDS } from '../../auth/change-password';
import { SESSION_ENDED_NOTICES } from '../../auth/ended-session';

const NOTICES: Record<string, string> = { logout: 'ログアウトしました。', locked: LOGGED_OUT_AFTER_WRONG_PASSWORDS, ...SESSION_ENDED_NOTICES };

export const STAFF_LOGIN_FAILED = 'ログインIDまたはパスワードが正しくありません。続けて誤った場合は、しばらくの間ログインできなくなります。';

export function staffLoginRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/staff/login', (c) => {
    const notice = Object.keys(NOTICES).find((key) => c.req.query(key) !== undefined);
    return c.html(<StaffLoginPage values={{}} errors={{}} notice={notice ? NOTICES[notice] : undefined} />);
  });

  app.post('/staff/login', async (c) => {
    const result = parseForm(staffLoginSchema, STAFF_LOGIN_FIELDS, await c.req.parseBody());
    if (!result.ok) return c.html(<StaffLoginPage values={{ loginId: result.values.loginId }} errors={result.errors} />, 422);
    const outcome = await authenticateStaff(deps.db, deps.config.auth, result.data);
    if (!outcome.ok) {
      c.get('log').info({ loginId: result.data.loginId }, 'staff login refused');
      return c.html(<StaffLoginPage values={{ loginId: result.data.loginId }} errors={{}} error={STAFF_LOGIN_FAILED} />, 422);
    }
    await startSession(c, deps, 'staff', { kind: 'staff', id: outcome.value.id });
    c.get('log').info({ loginId: result.data.loginId }, 'staff logged in');
    return c.redirect('/staff', 303);
  });

  // Public so that a browser with an ended session can still log out cleanly.
  app.post('/staff/logout', async (c) => {
    await finishSession(c, deps, 'staff');
    return c.redirect('/staff/login?logout', 303);
  });

  return app;
}

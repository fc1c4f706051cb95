// The member portal: ログイン and the password reset are public; everything under /member needs
// a member session (requireMember), and ユーザ管理 needs a 管理者.
import { Hono } from 'hono';
import { MenuPage } from '../../../templates/member/menu';
import { requireMember } from '../../auth/require-member';
import type { AppDeps, AppEnv } from '../../deps';
import { forgotPasswordRoutes } from './forgot-password';
import { memberLoginRoutes, memberLogoutRoutes } from './login';
import { memberPasswordRoutes } from './password';
import { profileRoutes } from './profile';
import { userManagementRoutes } from './users';
import { memberAreaRoutes } from './member-area';
import { PASSWORD_CHANGED } from '../../auth/change-password';

export function memberRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.route('/', memberLoginRoutes(deps));
  app.route('/', forgotPasswordRoutes(deps));

  const member = requireMember(deps);
  app.use('/member', member);
  app.use('/member/*', member);
  app.get('/member', (c) => c.html(<MenuPage auth={c.get('member')} done={c.req.query('done') === 'password' ? PASSWORD_CHANGED : undefined} />));
  app.route('/', memberLogoutRoutes(deps));
  app.route('/', memberPasswordRoutes(deps));
  app.route('/', profileRoutes());
  app.route('/', userManagementRoutes(deps));
  app.route('/', memberAreaRoutes(deps));
  return app;
}

// The staff console (本機関). /staff/login and /staff/logout are public; every other /staff page
// is behind requireStaff, registered before the pages so none can be reached without it.
import { Hono } from 'hono';
import { requireStaff } from '../../auth/require-staff';
import type { AppDeps, AppEnv } from '../../deps';
import { staffApplicationRoutes } from './applications';
import { staffMemberChangeRoutes } from './member-changes';
import { staffDashboardRoutes } from './dashboard';
import { staffAttachmentRoutes } from './attachments';
import { staffMemberRoutes } from './members';
import { staffLoginRoutes } from './login';
import { staffPasswordRoutes } from './password';

export function staffRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.route('/', staffLoginRoutes(deps));

  const staff = requireStaff(deps);
  app.use('/staff', staff);
  app.use('/staff/*', staff);
  app.route('/', staffDashboardRoutes(deps));
  app.route('/', staffPasswordRoutes(deps));
  // Staff pages of other features go here, behind requireStaff:
  app.route('/', staffApplicationRoutes(deps));
  app.route('/', staffMemberChangeRoutes(deps));
  app.route('/', staffAttachmentRoutes(deps));
  app.route('/', staffMemberRoutes(deps));
  return app;
}

// 本機関メニュー with the dashboard's figures.
import { Hono } from 'hono';
import { applicationCounts, applicationsPerWeek, changeRequestCounts, oldestWaiting } from '../../../db/repositories/dashboard';
import { StaffDashboardPage } from '../../../templates/staff/dashboard';
import { PASSWORD_CHANGED } from '../../auth/change-password';
import type { AppDeps, AppEnv } from '../../deps';

const CHART_WEEKS = 12;

export function staffDashboardRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/staff', async (c) => {
    const now = new Date();
    const [counts, oldest, weeks, changeCounts] = await Promise.all([
      applicationCounts(db), oldestWaiting(db), applicationsPerWeek(db, CHART_WEEKS, now), changeRequestCounts(db),
    ]);
    const done = c.req.query('done') === 'password' ? PASSWORD_CHANGED : undefined;
    return c.html(<StaffDashboardPage auth={c.get('staff')} overview={{ counts, oldest, weeks, changeCounts, now }} done={done} />);
  });
  return app;
}

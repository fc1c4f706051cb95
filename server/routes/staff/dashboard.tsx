// 本機関メニュー with the dashboard's figures.
import { Hono } from 'hono';
import { applicationCounts, applicationsPerWeek, oldestWaiting } from '../../../db/repositories/dashboard';
import { StaffDashboardPage } from '../../../templates/staff/dashboard';
import type { AppDeps, AppEnv } from '../../deps';

const CHART_WEEKS = 12;

export function staffDashboardRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/staff', async (c) => {
    const now = new Date();
    const [counts, oldest, weeks] = await Promise.all([applicationCounts(db), oldestWaiting(db), applicationsPerWeek(db, CHART_WEEKS, now)]);
    return c.html(<StaffDashboardPage auth={c.get('staff')} overview={{ counts, oldest, weeks, now }} />);
  });
  return app;
}

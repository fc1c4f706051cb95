// The public top page.
import { Hono } from 'hono';
import { TopPage } from '../../templates/public/top';
import type { AppEnv } from '../deps';

export function topRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(<TopPage />));
  return app;
}

// The system's top page: the ログイン screen, as the manual's members find it at the system's
// address (2.2 ① アクセス方法).
import { Hono } from 'hono';
import { LoginPage } from '../../templates/member/login';
import type { AppEnv } from '../deps';

export function topRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.html(<LoginPage values={{}} errors={{}} />));
  return app;
}

// ユーザ情報変更 (header link): the user's own registration, and the way to パスワード変更.
import { Hono } from 'hono';
import { ProfilePage } from '../../../templates/member/profile';
import type { AppEnv } from '../../deps';

export function profileRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/member/profile', (c) => c.html(<ProfilePage auth={c.get('member')} />));
  return app;
}

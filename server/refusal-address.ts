// A boosted form that is refused (422, 409, 403 …) stays on its own screen: htmx would otherwise
// record the post's address (/member/users for ユーザ情報登録), and a reload would then show
// another screen (ユーザ情報一覧) with what was typed gone.
import type { MiddlewareHandler } from 'hono';
import { isHtmx } from './htmx';

export const refusalKeepsAddress: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method === 'GET' || !isHtmx(c) || c.res.status < 400) return;
  c.header('HX-Push-Url', 'false');
};

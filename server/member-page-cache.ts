// Member pages that show only the member and its users (会員情報確認, ユーザ情報一覧) are kept as
// rendered per user, URL and htmx-ness, for as long as the session's stamp is unchanged: a change
// by anyone to the member or its users makes the next request render afresh.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './deps';
import { StampedCache } from './stamped-cache';

/** Pages kept per route: enough for every user of a few hundred members browsing at once. */
export const PAGE_CACHE_SIZE = 1_000;

export function memberPageCache(capacity: number): MiddlewareHandler<AppEnv> {
  const pages = new StampedCache<string>(capacity);
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const auth = c.get('member');
    const key = `${auth.user.id} ${c.req.header('hx-request') === 'true' ? 'fragment' : 'page'} ${c.req.url}`;
    const cached = pages.get(key, auth.stamp);
    if (cached !== undefined) return c.html(cached);
    await next();
    if (c.res.status === 200 && c.res.headers.get('content-type')?.startsWith('text/html')) pages.set(key, auth.stamp, await c.res.clone().text());
  };
}

// A step's notice (「ユーザID … を登録しました。」 and the like) is asked for in the address the step
// redirects to (?created=…, ?done=…). When a boosted form shows that page in place, the address it
// records leaves the notice out, so that a reload or a bookmark later does not announce the step
// again. (Without JavaScript the address keeps it, as a plain redirect must.)
import type { MiddlewareHandler } from 'hono';
import { isHtmx } from './htmx';

/** Query keys that only announce what the step before did. */
const STEP_NOTICE_KEYS = ['done', 'saved', 'uploaded', 'submitted', 'resubmitted', 'applied', 'cancelled', 'created', 'deleted', 'updated', 'reset', 'logout', 'ended'];

export const addressWithoutStepNotice: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || !isHtmx(c)) return;
  const url = new URL(c.req.url);
  if (!STEP_NOTICE_KEYS.some((key) => url.searchParams.has(key))) return;
  for (const key of STEP_NOTICE_KEYS) url.searchParams.delete(key);
  c.header('HX-Push-Url', `${url.pathname}${url.search}`);
};

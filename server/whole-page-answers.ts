// A form that htmx answers in place (hx-target on the form) sometimes gets a whole page back: the
// step can no longer be taken (仮申請 after the code is issued, 本申請 once under review), or an
// error page (403, 404, 503 during an outage). Swapped into the form's place it would show a page
// inside the page, so htmx is told to put it in place of the body, as a navigation would.
import type { MiddlewareHandler } from 'hono';
import { isHtmx } from './htmx';

const WHOLE_PAGE = /^\s*(<!doctype html>\s*)?<html[\s>]/i;

export const wholePageReplacesBody: MiddlewareHandler = async (c, next) => {
  await next();
  // htmx 4 says "full" when the body is the target already or the caller selects from the page.
  if (!isHtmx(c) || c.req.header('HX-Request-Type') === 'full') return;
  if (!c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
  if (!WHOLE_PAGE.test(await c.res.clone().text())) return;
  c.header('HX-Retarget', 'body');
  c.header('HX-Reswap', 'innerHTML show:top');
};

// Whether a request came from htmx (then a fragment answers instead of a whole page).
import type { Context } from 'hono';

export function isHtmx(c: Context): boolean {
  return c.req.header('HX-Request') === 'true';
}

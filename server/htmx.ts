// Whether a request came from htmx (then a fragment answers instead of a whole page).
import type { Context } from 'hono';

export function isHtmx(c: Context): boolean {
  return c.req.header('HX-Request') === 'true';
}

/**
 * A boosted answer is shown from the top of the page; this one is shown from `selector` instead
 * (a staff form far down its page, when 戻る from its confirmation returns to it).
 */
export function showFrom(c: Context, selector: string): void {
  if (isHtmx(c)) c.header('HX-Reswap', `innerHTML show:top showTarget:${selector}`);
}

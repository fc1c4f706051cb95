// A boosted form that is refused (422, 409, 403 …) stays on its own screen: htmx would otherwise
// record the post's address (/member/users for ユーザ情報登録), and a reload would then show
// another screen (ユーザ情報一覧) with what was typed gone. And where the answer leads with an
// error summary, htmx shows the summary rather than the top of the page: on a long page (承継 at
// the bottom of 会員情報変更申請, a staff decision below the application) the top says nothing.
import type { MiddlewareHandler } from 'hono';
import { isHtmx } from './htmx';

const ERROR_SUMMARY = 'class="form-error error-summary"';

export const refusalKeepsAddress: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.method === 'GET' || !isHtmx(c) || c.res.status < 400) return;
  c.header('HX-Push-Url', 'false');
  // Boosted forms swap the whole body ("full"); forms answered in place keep their own swap.
  if (c.req.header('HX-Request-Type') !== 'full') return;
  if ((await c.res.clone().text()).includes(ERROR_SUMMARY)) c.header('HX-Reswap', 'innerHTML show:top showTarget:.error-summary');
};

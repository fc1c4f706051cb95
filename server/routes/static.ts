// Static files: htmx (pinned, served by us, no CDN) and the stylesheet.
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const htmx = readFileSync(path.join(path.dirname(require.resolve('htmx.org/package.json')), 'dist', 'htmx.min.js'));
const css = readFileSync(fileURLToPath(new URL('../../static/app.css', import.meta.url)));

export function staticRoutes() {
  const app = new Hono();
  const serve = (body: Buffer, type: string) => () =>
    new Response(new Uint8Array(body), { headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' } });
  app.get('/static/htmx.min.js', serve(htmx, 'text/javascript; charset=utf-8'));
  app.get('/static/app.css', serve(css, 'text/css; charset=utf-8'));
  return app;
}

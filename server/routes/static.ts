// Static files: htmx (pinned, served by us, no CDN), the stylesheet and the icon.
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const htmx = readFileSync(path.join(path.dirname(require.resolve('htmx.org/package.json')), 'dist', 'htmx.min.js'));
const css = readFileSync(fileURLToPath(new URL('../../static/app.css', import.meta.url)));
/** OCCTO's blue with a white ring: browsers ask every page for an icon, and a missing one is a 404 each time. */
const icon = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b4f8a"/><circle cx="8" cy="8" r="4.5" fill="none" stroke="#fff" stroke-width="2"/></svg>\n',
);

export function staticRoutes() {
  const app = new Hono();
  const serve = (body: Buffer, type: string) => () =>
    new Response(new Uint8Array(body), { headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' } });
  app.get('/static/htmx.min.js', serve(htmx, 'text/javascript; charset=utf-8'));
  app.get('/static/app.css', serve(css, 'text/css; charset=utf-8'));
  // Named by every page; /favicon.ico too, for clients that ask there without reading the page.
  app.get('/static/favicon.svg', serve(icon, 'image/svg+xml'));
  app.get('/favicon.ico', serve(icon, 'image/svg+xml'));
  return app;
}

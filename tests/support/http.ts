// Plain HTTP against the run's web server, as a browser without JavaScript would send it.
import { webUrl } from './stack';

export function postForm(pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(webUrl(pathname), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(webUrl()).origin, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The entries of a page's menu bar (templates/components/menu-bar.tsx), in order, and which of them are marked as the page's own. */
export function menuBarOf(html: string): { labels: string[]; current: string[] } {
  const nav = /<nav class="menu-bar"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  const links = [...nav.matchAll(/<a href="[^"]+"( aria-current="page")?>([^<]+)<\/a>/g)];
  return { labels: links.map((match) => match[2] ?? ''), current: links.filter((match) => match[1]).map((match) => match[2] ?? '') };
}

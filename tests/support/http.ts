// Plain HTTP against the run's web server, as a browser without JavaScript would send it.
import { webUrl } from './stack';

/**
 * POSTs a form, redirects not followed. `fields` as entries where a name repeats (check boxes);
 * `url` a path of the web server or a full URL (a link read from a mail).
 */
export function postForm(url: string, fields: Record<string, string> | [string, string][], headers: Record<string, string> = {}) {
  return fetch(url.startsWith('http') ? url : webUrl(url), {
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

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

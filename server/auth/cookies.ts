// The session cookies: one for the member portal, one for the staff console (scoped to /staff so
// it never travels with member pages). HttpOnly, SameSite=Lax, Secure when served over https.
// No Max-Age: the cookie ends with the browser, the session row ends after the idle timeout.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export type Audience = 'member' | 'staff';

const COOKIES = {
  member: { name: 'occto_session', path: '/' },
  staff: { name: 'occto_staff_session', path: '/staff' },
} as const;

function isHttps(publicBaseUrl: string): boolean {
  return publicBaseUrl.startsWith('https:');
}

export function readSessionCookie(c: Context, audience: Audience): string | undefined {
  return getCookie(c, COOKIES[audience].name);
}

export function writeSessionCookie(c: Context, audience: Audience, token: string, publicBaseUrl: string): void {
  const { name, path } = COOKIES[audience];
  setCookie(c, name, token, { path, httpOnly: true, sameSite: 'Lax', secure: isHttps(publicBaseUrl) });
}

export function clearSessionCookie(c: Context, audience: Audience, publicBaseUrl: string): void {
  const { name, path } = COOKIES[audience];
  deleteCookie(c, name, { path, httpOnly: true, sameSite: 'Lax', secure: isHttps(publicBaseUrl) });
}

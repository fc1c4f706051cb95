// The session cookies' attributes (server/auth/cookies.ts): what the browser is told to keep, for
// each audience, over http and over https, and how each is cleared.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clearSessionCookie, writeSessionCookie, type Audience } from '../../server/auth/cookies';

async function setCookieOf(publicBaseUrl: string, audience: Audience, action: 'write' | 'clear'): Promise<string> {
  const app = new Hono();
  app.get('/', (c) => {
    if (action === 'write') writeSessionCookie(c, audience, 'abcdefghijklmnopqrstuvwxyz234567', publicBaseUrl);
    else clearSessionCookie(c, audience, publicBaseUrl);
    return c.body(null, 204);
  });
  const response = await app.request('/');
  return response.headers.getSetCookie().join('\n');
}

describe('session cookies', () => {
  it('keep the member session for the whole site, out of scripts and cross-site requests, until the browser closes', async () => {
    const cookie = await setCookieOf('http://localhost:3000', 'member', 'write');
    expect(cookie).toBe('occto_session=abcdefghijklmnopqrstuvwxyz234567; Path=/; HttpOnly; SameSite=Lax');
  });

  it('keep the staff session to /staff, so it never travels with member pages', async () => {
    const cookie = await setCookieOf('http://localhost:3000', 'staff', 'write');
    expect(cookie).toBe('occto_staff_session=abcdefghijklmnopqrstuvwxyz234567; Path=/staff; HttpOnly; SameSite=Lax');
  });

  it('are Secure when the system is served over https', async () => {
    for (const audience of ['member', 'staff'] as const) {
      const cookie = await setCookieOf('https://member.example.jp', audience, 'write');
      expect(cookie, audience).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
      expect(cookie, audience).not.toMatch(/Max-Age|Expires/);
    }
  });

  it('are cleared at the path they were set for, with the same attributes', async () => {
    expect(await setCookieOf('https://member.example.jp', 'member', 'clear')).toMatch(/^occto_session=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(await setCookieOf('http://localhost:3000', 'staff', 'clear')).toMatch(/^occto_staff_session=; Max-Age=0; Path=\/staff; HttpOnly; SameSite=Lax$/);
  });
});

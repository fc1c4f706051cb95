// What a shared PC, a log reader or an oversized post must not get: signed-in pages from the
// browser cache, a reset link's token from the access log, the web server's memory.
import pino from 'pino';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createMemberWithAdmin, createStaffAccount, getWithCookie, memberCookie, staffCookie } from '../support/auth';
import { testConfig, testDatabase, testTemporalClient, webUrl } from '../support/stack';

const db = testDatabase();
afterAll(() => db.close());

describe('browser cache', () => {
  it('keeps member, staff, password and application pages out of it, and lets public pages be', async () => {
    const member = await createMemberWithAdmin(db);
    const staff = await createStaffAccount(db);
    const memberPage = await getWithCookie('/member/info', await memberCookie(member.businessCode, member.userId, member.password));
    const staffPage = await getWithCookie('/staff/members', await staffCookie(staff.loginId, staff.password));
    expect([memberPage.status, staffPage.status]).toEqual([200, 200]);
    expect(memberPage.headers.get('cache-control')).toBe('no-store');
    expect(staffPage.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(webUrl('/password/forgot'))).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(webUrl('/join/final'))).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(webUrl('/join/status'))).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(webUrl('/join/link'))).headers.get('cache-control')).toBeNull();
  });
});

describe('oversized posts', () => {
  it('are refused with a Japanese page before they are read whole', async () => {
    const response = await fetch(webUrl('/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(webUrl()).origin },
      body: `businessCode=${'A'.repeat(200_000)}&userId=x&password=y`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('入力された内容が大きすぎるため、受け付けられませんでした。');
  });
});

describe('unreadable posts', () => {
  it('are refused with a Japanese 400 page, not a 500, whatever the form', async () => {
    for (const path of ['/login', '/staff/login', '/password/forgot']) {
      const response = await fetch(webUrl(path), {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=xx', origin: new URL(webUrl()).origin },
        body: '--xx\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1\r\n',
      });
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain('送信された内容を読み取れませんでした。');
    }
  });

  it('leave a search with a date the database cannot compare unfiltered', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    for (const query of ['from=0000-01-01', 'to=0000-12-31', 'from=2026-02-30']) {
      expect((await getWithCookie(`/member/changes?${query}`, cookie)).status, query).toBe(200);
    }
  });
});

/** What the web server writes back to one raw request, read until it closes the connection. */
function rawExchange(request: string): Promise<string> {
  const { hostname, port } = new URL(webUrl());
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('requests the HTTP parser refuses', () => {
  it('get the Japanese page with the usual headers: 431 for an address over the header limit', async () => {
    const response = await fetch(webUrl(`/member/info?q=${'a'.repeat(20_000)}`));
    expect(response.status).toBe(431);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('ページのアドレス（URL）が長すぎるため、受け付けられませんでした。');
  });

  it('and 400 for a request line that is not HTTP', async () => {
    const answer = await rawExchange('GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('送信された内容を読み取れませんでした。');
  });
});

describe('access log', () => {
  it('does not record the token of a password reset link', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = createApp({ config: testConfig(), db, temporal: await testTemporalClient(), logger: pino({ level: 'info' }, sink) });
    const token = 'abcdefghijklmnopqrstuvwxyz234567';
    expect((await app.request(`/password/reset/${token}`)).status).toBe(410);
    const logged = lines.join('');
    expect(logged).toContain('/password/reset/');
    expect(logged).not.toContain(token);
  });
});

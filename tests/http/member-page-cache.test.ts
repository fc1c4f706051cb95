// Member pages kept per session stamp (server/member-page-cache.ts): whatever another process
// writes to PostgreSQL (the worker applying a change, staff ending a membership, a logout) shows
// on the very next request, however warm the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie } from '../support/auth';
import { testDatabase } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

async function warm(path: string, cookie: string): Promise<string> {
  await getWithCookie(path, cookie);
  const response = await getWithCookie(path, cookie);
  expect(response.status).toBe(200);
  return response.text();
}

describe('cached member pages', () => {
  it('show a change to the member or to any of its users at once', async () => {
    const member = await createMemberWithAdmin(db, { admin: { department: '総務部　課長' } });
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    expect(await warm('/member/info', cookie)).toContain('総務部　課長');
    expect(await warm('/member/users', cookie)).not.toContain('新任　担当');

    await db.models.User.update({ department: '経営企画部　部長' }, { where: { businessCode: member.businessCode, userId: member.userId } });
    expect(await (await getWithCookie('/member/info', cookie)).text()).toContain('経営企画部　部長');

    const stored = await db.models.Member.findByPk(member.businessCode, { rejectOnEmpty: true });
    await stored.update({ companyName: '改称電力株式会社', company: { ...stored.company, companyName: '改称電力株式会社' } });
    expect(await (await getWithCookie('/member/info', cookie)).text()).toContain('改称電力株式会社');

    const added = await createPersonInCharge(db, member.businessCode, { profile: { department: '新任　担当' } });
    const users = await (await getWithCookie('/member/users', cookie)).text();
    expect(users).toContain(added.userId);
    await db.models.User.destroy({ where: { businessCode: member.businessCode, userId: added.userId } });
    expect(await (await getWithCookie('/member/users', cookie)).text()).not.toContain(added.userId);
  });

  it('end with the session, whichever process ended it', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    await warm('/member/info', cookie);
    const user = await db.models.User.findOne({ where: { businessCode: member.businessCode, userId: member.userId }, rejectOnEmpty: true });
    await db.models.Session.destroy({ where: { userId: user.id } });
    const response = await getWithCookie('/member/info', cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
  });

  it('are never shown to another user of the same member', async () => {
    const member = await createMemberWithAdmin(db);
    const tanto = await createPersonInCharge(db, member.businessCode);
    await warm('/member/users', await memberCookie(member.businessCode, member.userId, member.password));
    const response = await getWithCookie('/member/users', await memberCookie(member.businessCode, tanto.userId, tanto.password));
    expect(response.status).toBe(403);
  });

  it('give each of many concurrent sessions its own member, read together', async () => {
    const members = await Promise.all(Array.from({ length: 4 }, () => createMemberWithAdmin(db)));
    const cookies = await Promise.all(members.map((m) => memberCookie(m.businessCode, m.userId, m.password)));
    const requests = Array.from({ length: 40 }, (_, i) => i % members.length);
    const pages = await Promise.all(requests.map(async (n) => (await getWithCookie('/member/info', cookies[n] as string)).text()));
    pages.forEach((html, i) => {
      const n = requests[i] as number;
      expect(html).toContain((members[n] as { companyName: string }).companyName);
      for (const other of members.filter((_, j) => j !== n)) expect(html).not.toContain(other.companyName);
    });
  });

  it('end with the membership', async () => {
    const member = await createMemberWithAdmin(db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    await warm('/member/info', cookie);
    await db.models.Member.update({ status: 'withdrawn', endedAt: new Date() }, { where: { businessCode: member.businessCode } });
    const response = await getWithCookie('/member/info', cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?ended');
  });
});

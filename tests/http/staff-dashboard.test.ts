// 本機関メニュー's dashboard: counts per status, the oldest items waiting for staff, the weekly chart;
// and the menu bar every staff page carries.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { applicationsPerWeek } from '../../db/repositories/dashboard';
import { createStaffAccount, staffCookie } from '../support/auth';
import { menuBarOf } from '../support/http';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
let cookie: string;
const stale = randomUUID();

/** An application recorded at `at` (created and last changed then). */
async function applicationAt(id: string, status: 'under_review' | 'link_sent', companyName: string, at: Date): Promise<void> {
  await db.models.MembershipApplication.create({ id, companyName, contactName: '集計 太郎', email: 'dashboard@example.co.jp', status, linkExpiresAt: at });
  await db.sequelize.query('UPDATE membership_applications SET created_at = :at, updated_at = :at WHERE id = :id', { replacements: { id, at } });
}

beforeAll(async () => {
  db = testDatabase();
  const staff = await createStaffAccount(db);
  cookie = await staffCookie(staff.loginId, staff.password);
  // An application waiting for review for 400 days: it must head the oldest list.
  const longAgo = new Date(Date.now() - 400 * 86_400_000);
  await applicationAt(stale, 'under_review', '長期待機電力株式会社', longAgo);
  // A 受付番号 too, so that its staff page exists (raw, to keep its date).
  const receiptNumber = `J-${randomUUID().slice(0, 4)}-${randomUUID().slice(0, 4)}`.toUpperCase();
  await db.sequelize.query('UPDATE membership_applications SET receipt_number = :receiptNumber WHERE id = :stale', { replacements: { receiptNumber, stale } });
});
afterAll(() => db.close());

it('shows counts per status, the item waiting longest first, and a chart with its numbers in text', async () => {
  const html = await (await fetch(webUrl('/staff'), { headers: { cookie } })).text();
  expect(html).toContain('加入申請の状況');
  expect(html).toMatch(/<td>本申請済み（審査中）<\/td><td class="number">[1-9]\d*<\/td>/);
  const oldest = html.slice(html.indexOf('対応待ちの長い加入申請'));
  expect(oldest.indexOf('長期待機電力株式会社')).toBeGreaterThan(0);
  expect(oldest).toMatch(/長期待機電力株式会社<\/a>：本申請済み（審査中）、.*から40\d日/);
  expect(html).toContain('週ごとの加入申請数（直近12週');
  expect(html).toContain('role="img"');
});

it('counts applications per Japan week, with empty weeks as zero', async () => {
  const now = new Date('2030-01-09T03:00:00Z'); // Wednesday in Japan
  const ids = [randomUUID(), randomUUID(), randomUUID()];
  // Monday 2030-01-07 00:30 in Japan is still Sunday in UTC: it belongs to the week of the 7th.
  await applicationAt(ids[0]!, 'link_sent', '週集計電力', new Date('2030-01-06T15:30:00Z'));
  await applicationAt(ids[1]!, 'link_sent', '週集計電力', new Date('2030-01-08T01:00:00Z'));
  await applicationAt(ids[2]!, 'link_sent', '週集計電力', new Date('2029-12-25T01:00:00Z'));
  const weeks = await applicationsPerWeek(db, 3, now);
  expect(weeks).toEqual([
    { week: '2029-12-24', count: 1 },
    { week: '2029-12-31', count: 0 },
    { week: '2030-01-07', count: 2 },
  ]);
  await db.models.MembershipApplication.destroy({ where: { id: ids } });
});

it('carries the menu bar to every area on every staff page, marking the area of the page', async () => {
  const menuBar = ['本機関メニュー', '加入申請一覧', '会員一覧', '会員情報変更申請一覧', '会員情報変更履歴（監査証跡）'];
  const pages: [string, string[]][] = [
    ['/staff', ['本機関メニュー']],
    ['/staff/applications', ['加入申請一覧']],
    [`/staff/applications/${stale}`, ['加入申請一覧']],
    ['/staff/members', ['会員一覧']],
    ['/staff/changes', ['会員情報変更申請一覧']],
    ['/staff/audit', ['会員情報変更履歴（監査証跡）']],
    ['/staff/password', []],
  ];
  for (const [path, current] of pages) {
    const html = await (await fetch(webUrl(path), { headers: { cookie } })).text();
    expect(html, path).toContain('<nav class="menu-bar" aria-label="本機関メニュー">');
    expect(menuBarOf(html).labels, path).toEqual(menuBar);
    expect(menuBarOf(html).current, path).toEqual(current);
  }
});

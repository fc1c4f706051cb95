// 本機関メニュー's dashboard: counts per status leading to 加入申請一覧 by 状況, the oldest items
// waiting for staff, the open 会員情報変更申請, the weekly chart; and the menu bar every staff page carries.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { applicationsPerWeek } from '../../db/repositories/dashboard';
import { createMemberWithAdmin, createStaffAccount, staffCookie } from '../support/auth';
import { menuBarOf } from '../support/http';
import { formatDateTime } from '../../templates/components/date-time';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
let cookie: string;
const stale = randomUUID();
const awaitingCode = randomUUID();
const codeDeadline = new Date(Date.now() + 3 * 86_400_000);
const requestId = randomUUID();

/** An application recorded at `at` (created and last changed then). */
async function applicationAt(id: string, status: 'under_review' | 'provisional_submitted' | 'link_sent', companyName: string, at: Date): Promise<void> {
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
  // Awaiting its 事業者コード nearly as long, with its 期限 three days away.
  await applicationAt(awaitingCode, 'provisional_submitted', 'コード待ち電力株式会社', new Date(longAgo.getTime() + 86_400_000));
  await db.sequelize.query('UPDATE membership_applications SET deadline_at = :codeDeadline WHERE id = :awaitingCode', { replacements: { codeDeadline, awaitingCode } });
  const member = await createMemberWithAdmin(db);
  await db.models.ChangeRequest.create({
    id: requestId, businessCode: member.businessCode, kind: 'withdrawal', status: 'under_review',
    requestedCompany: null, successor: null, submittedBy: 'user:dashboard', submittedAt: new Date(),
  });
});
afterAll(async () => {
  await db.models.ChangeRequest.destroy({ where: { id: requestId } });
  await db.models.MembershipApplication.destroy({ where: { id: awaitingCode } });
  await db.close();
});

it('shows counts per status, the item waiting longest first, and a chart with its numbers in text', async () => {
  const html = await (await fetch(webUrl('/staff'), { headers: { cookie } })).text();
  expect(html).toContain('加入申請の状況');
  expect(html).toMatch(/<td><a href="\/staff\/applications\?status=under_review">本申請済み（審査中）<\/a><\/td><td class="number">[1-9]\d*<\/td>/);
  const oldest = html.slice(html.indexOf('対応待ちの長い加入申請'));
  expect(oldest.indexOf('長期待機電力株式会社')).toBeGreaterThan(0);
  expect(oldest).toMatch(/長期待機電力株式会社<\/a>：本申請済み（審査中）、最終更新 [^<]*（経過日数：40\d日）<\/li>/);
  expect(oldest).toContain(`コード待ち電力株式会社</a>：仮申請済み（事業者コード発行待ち）、最終更新 `);
  expect(oldest).toContain(`（経過日数：399日）、期限 ${formatDateTime(codeDeadline)}</li>`);
  expect(html).toContain('週ごとの加入申請数（直近12週');
  expect(html).toContain('role="img"');
});

it('leads from each count to 加入申請一覧 filtered by its 状況, finished ones included', async () => {
  const html = await (await fetch(webUrl('/staff'), { headers: { cookie } })).text();
  for (const [status, label] of [['approved', '承認'], ['expired', '期限切れ'], ['rejected', '却下'], ['provisional_submitted', '仮申請済み（事業者コード発行待ち）']]) {
    const href = `/staff/applications?status=${status}`;
    expect(html).toContain(`<td><a href="${href}">${label}</a></td>`);
    expect(await (await fetch(webUrl(href), { headers: { cookie } })).text(), href).toContain(`<h2>${label}（`);
  }
  // Before 加入(仮)申請 an application is not in the list: its count leads nowhere, and the page says why.
  expect(html).toContain('<td>リンク送信済み</td>');
  expect(html).toContain('<td>リンク期限切れ</td>');
  expect(html).toContain('リンク送信済み・リンク期限切れの申請は加入(仮)申請の前のため、加入申請一覧には表示されません。');
});

it('shows the 会員情報変更申請 waiting for staff, leading to 会員情報変更申請一覧', async () => {
  const html = await (await fetch(webUrl('/staff'), { headers: { cookie } })).text();
  const panel = html.slice(html.indexOf('<h2>会員情報変更申請の状況</h2>'));
  expect(panel).toMatch(/^<h2>会員情報変更申請の状況<\/h2>/);
  expect(panel).toMatch(/<td><a href="\/staff\/changes">審査待ち<\/a><\/td><td class="number">[1-9]\d*<\/td>/);
  expect(panel).toMatch(/<td><a href="\/staff\/changes">会員の再申請待ち（保留・却下）<\/a><\/td><td class="number">\d+<\/td>/);
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

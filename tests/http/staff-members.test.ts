// 会員一覧 for staff: search, paging text, the CSV export's bytes, and the staff login in front.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { toFullWidth } from '../../domain/forms/text';
import { createMemberWithAdmin, createStaffAccount, randomCode, sampleCompany, staffCookie } from '../support/auth';
import { uniqueBusinessCode } from '../support/business-codes';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
let cookie: string;
const tag = randomCode(6);

beforeAll(async () => {
  db = testDatabase();
  const staff = await createStaffAccount(db);
  cookie = await staffCookie(staff.loginId, staff.password);
  await createMemberWithAdmin(db, { companyName: `検索電力株式会社${tag}` });
  await createMemberWithAdmin(db, { companyName: `=CMD|'/C calc'!A0 ${tag}` });
  await createMemberWithAdmin(db, { companyName: `脱退電力株式会社${tag}`, status: 'withdrawn' });
});
afterAll(() => db.close());

const get = (path: string) => fetch(webUrl(path), { headers: { cookie }, redirect: 'manual' });

describe('会員一覧', () => {
  it('finds members by part of the 会社名 and by 状態', async () => {
    const html = await (await get(`/staff/members?companyName=${encodeURIComponent(tag)}`)).text();
    expect(html).toContain(`検索電力株式会社${tag}`);
    expect(html).toContain(`脱退電力株式会社${tag}`);
    expect(html).toContain('3件中 1〜3件を表示しています。');
    const withdrawn = await (await get(`/staff/members?companyName=${encodeURIComponent(tag)}&status=withdrawn`)).text();
    expect(withdrawn).toContain(`脱退電力株式会社${tag}`);
    expect(withdrawn).not.toContain(`検索電力株式会社${tag}`);
    expect(withdrawn).toContain('脱退済み（会員ではありません）');
  });

  it('finds a 会社名 whatever the width its letters were typed or stored in', async () => {
    const wide = randomCode(6).toUpperCase();
    const narrow = randomCode(6).toUpperCase();
    await createMemberWithAdmin(db, { companyName: `${toFullWidth(wide)}電力株式会社` });
    await createMemberWithAdmin(db, { companyName: `${narrow}電力株式会社` });
    expect(await (await get(`/staff/members?companyName=${encodeURIComponent(wide)}`)).text()).toContain(`${toFullWidth(wide)}電力株式会社`);
    expect(await (await get(`/staff/members?companyName=${encodeURIComponent(toFullWidth(narrow))}`)).text()).toContain(`${narrow}電力株式会社`);
  });

  it('finds a 会社名 by its reading typed in katakana or hiragana (会社名カナ)', async () => {
    const reading = Array.from({ length: 6 }, () => 'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄ'[Math.floor(Math.random() * 20)]).join('');
    const member = await createMemberWithAdmin(db, { companyName: `読み方電力株式会社${randomCode(4)}` });
    const stored = await db.models.Member.findByPk(member.businessCode, { rejectOnEmpty: true });
    await stored.update({ company: { ...stored.company, companyNameKana: `${reading}ｶﾌﾞｼｷｶﾞｲｼｬ` } });
    const katakana = reading.normalize('NFKC');
    const hiragana = katakana.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    for (const typed of [katakana, hiragana, reading]) {
      expect(await (await get(`/staff/members?companyName=${encodeURIComponent(typed)}`)).text(), typed).toContain(member.companyName);
    }
  });

  it('treats % and _ in the search literally and ignores an unknown 状態', async () => {
    const html = await (await get('/staff/members?companyName=%25&status=nonsense')).text();
    // Nothing found is said as such, without an empty table or a CSV of nothing.
    expect(html).toContain('<p role="status">該当する会員はありません。</p>');
    expect(html).not.toContain('<table class="list">');
    expect(html).not.toContain('CSV出力');
  });

  it('shows the last page for a page past the end', async () => {
    const html = await (await get(`/staff/members?companyName=${encodeURIComponent(tag)}&page=99999`)).text();
    expect(html).toContain('3件中 1〜3件を表示しています。');
    expect(html).toContain(`検索電力株式会社${tag}`);
  });

  it('counts a search longer than a page, and shows the rest on the next page', async () => {
    const pageTag = randomCode(6);
    const made: string[] = [];
    while (made.length < 52) {
      const businessCode = uniqueBusinessCode();
      const companyName = `頁送り電力${pageTag}-${made.length}`;
      const created = await db.models.Member.findOrCreate({ where: { businessCode }, defaults: { businessCode, status: 'active', company: sampleCompany(companyName), companyName, applicationId: null, joinedAt: new Date() } });
      if (created[1]) made.push(businessCode);
    }
    try {
      const search = `/staff/members?companyName=${encodeURIComponent(pageTag)}`;
      expect(await (await get(search)).text()).toContain('52件中 1〜50件を表示しています。');
      const second = await (await get(`${search}&page=2`)).text();
      expect(second).toContain('52件中 51〜52件を表示しています。');
      expect(second.match(/の会員情報・履歴</g)).toHaveLength(2);
      expect(await (await get(`${search}&page=3`)).text()).toContain('52件中 51〜52件を表示しています。');
    } finally {
      await db.models.Member.destroy({ where: { businessCode: made } });
    }
  });

  it('exports the same search as CSV whose bytes decode to the Japanese text, formulas inert', async () => {
    const response = await get(`/staff/members.csv?companyName=${encodeURIComponent(tag)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8').decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('事業者コード,会社名,会社名カナ,法人番号,事業者種別,代表電話番号,本社郵便番号,本社所在地1,本社所在地2,状態,加入日時,終了日時');
    expect(lines).toHaveLength(5);
    expect(text).toContain(`検索電力株式会社${tag}`);
    expect(text).toContain(`"'=CMD|'/C calc'!A0 ${tag}"`.replace(/^"|"$/g, ''));
  });

  it('is only for staff', async () => {
    for (const path of ['/staff/members', '/staff/members.csv']) {
      const anonymous = await fetch(webUrl(path), { redirect: 'manual' });
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toBe('/staff/login');
    }
  });
});

// 会員情報確認 (第4章) over HTTP: ● 会社情報 and ● 管理者情報 as the manual lists them, for 管理者
// and 担当者, and never another member's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie } from '../support/auth';
import { testDatabase, webUrl } from '../support/stack';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

describe('会員情報確認', () => {
  it('shows the company and [管理者1] with the manual labels, to a 担当者 as well', async () => {
    const member = await createMemberWithAdmin(db, { admin: { lastName: '田中', firstName: '一郎', department: '総務部　課長' } });
    const other = await createMemberWithAdmin(db);
    const tanto = await createPersonInCharge(db, member.businessCode);
    for (const cookie of [await memberCookie(member.businessCode, member.userId, member.password), await memberCookie(member.businessCode, tanto.userId, tanto.password)]) {
      const response = await getWithCookie('/member/info', cookie);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<h1>会員情報確認</h1>');
      expect(html).toContain('● 会社情報');
      for (const label of ['事業形態別', '会社名', '会社名カナ', '代表電話番号', '代表者名', '代表者名カナ', '代表者肩書', '本社郵便番号', '本社所在地1', '本社所在地2', '本社所在地1カナ', '本社所在地2カナ', '資本関係']) {
        expect(html).toContain(`<th scope="row">${label}</th>`);
      }
      expect(html).toContain('● 管理者情報');
      expect(html).toContain('[管理者1]');
      expect(html).toContain('[管理者2]');
      for (const label of ['ユーザID', '所属・役職', '氏名', '氏名カナ', 'メールアドレス', '電話番号', 'その他']) expect(html).toContain(`<th scope="row">${label}</th>`);
      expect(html).toContain(member.companyName);
      expect(html).toContain('田中 一郎');
      expect(html).toContain(member.userId);
      expect(html).not.toContain(other.companyName);
      expect(html).not.toContain(tanto.userId);
      expect(html).toContain('<a href="/member/info" aria-current="page">会員情報確認</a>');
    }
  });

  it('is behind the member login', async () => {
    const response = await fetch(webUrl('/member/info'), { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
  });
});

// The staff console at the reviewers' desktop width (1366×900): its tables keep headings, codes,
// dates and links on one line, give the company name room and stay within the page however long a
// value, and the three decisions look apart.
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemberWithAdmin, createStaffAccount, loginAsStaffInBrowser, randomCode } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication } from '../support/joining';
import { uniqueEmail, webUrl } from '../support/stack';

const suite = browserSuite();
const COMPANY = '広域電力株式会社';
const waiting = randomUUID();
const underReview = randomUUID();
const awaitingCode = randomUUID();
const requestId = randomUUID();
let page: Page;
let businessCode: string;

/** The texts of the cells matched by `selector` that the browser lays out on more than one line. */
function wrapped(selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const range = cell.ownerDocument.createRange();
        range.selectNodeContents(cell);
        // One rectangle per line box a piece of text sits on; tops more than a few pixels apart are lines apart.
        const tops = [...range.getClientRects()].map((rect) => rect.top).sort((a, b) => a - b);
        return tops.some((top, i) => i > 0 && top - (tops[i - 1] ?? top) > 4);
      })
      .map((cell) => cell.textContent ?? ''),
  );
}

beforeAll(async () => {
  const db = suite.db;
  // An application with the longest 状況 in the list, first in its section (last changed long ago).
  const email = uniqueEmail('staff-console');
  await db.models.MembershipApplication.bulkCreate([
    { id: waiting, companyName: COMPANY, contactName: '広域 太郎', email, status: 'code_issued', linkExpiresAt: new Date(), receiptNumber: `J-${randomCode(4)}-${randomCode(4)}`, businessCode: uniqueBusinessCode(), deadlineAt: new Date() },
    { id: underReview, companyName: COMPANY, contactName: '広域 太郎', email, status: 'under_review', linkExpiresAt: new Date(), receiptNumber: `J-${randomCode(4)}-${randomCode(4)}`, provisionalData: sampleApplication(email) },
    { id: awaitingCode, companyName: COMPANY, contactName: '広域 太郎', email, status: 'provisional_submitted', linkExpiresAt: new Date(), receiptNumber: `J-${randomCode(4)}-${randomCode(4)}`, provisionalData: sampleApplication(email), deadlineAt: new Date() },
  ]);
  await db.sequelize.query("UPDATE membership_applications SET updated_at = '2000-01-01T00:00:00Z' WHERE id = :waiting", { replacements: { waiting } });
  ({ businessCode } = await createMemberWithAdmin(db, { companyName: COMPANY }));
  // An approved change with its audit entry, as 承認 records them.
  await db.models.ChangeRequest.create({
    id: requestId, businessCode, kind: 'change', status: 'approved', requestedCompany: null, successor: null, submittedBy: 'user:staff-console', submittedAt: new Date(),
  });
  await db.models.MemberAuditEntry.create({
    businessCode, actor: 'staff:staff-console', action: 'company_changed', requestId, occurredAt: new Date(),
    changes: [{ label: '本社所在地1', before: '東京都江東区豊洲６－２－１５', after: '東京都千代田区丸の内１－１－１　広域ビル２０階' }],
  });
  // Values with no place to break of their own: a 200-character e-mail address, a long name in half-width kana.
  await db.models.MemberAuditEntry.create({
    businessCode, actor: 'staff:staff-console', action: 'administrator_changed', requestId, occurredAt: new Date(),
    changes: [
      { label: '管理者① メールアドレス', before: 'kanri@example.co.jp', after: `${'a'.repeat(186)}@example.co.jp` },
      { label: '管理者① 氏名（カナ）', before: 'ﾀﾅｶ', after: 'ｺｳｲｷﾃﾞﾝﾘｮｸｶﾌﾞｼｷｶﾞｲｼｬｿｳﾑﾌﾞｿｳﾑｶﾁｮｳﾀﾞｲﾘﾀﾅｶｲﾁﾛｳﾀﾛｳｼﾞﾛｳｻﾌﾞﾛｳｼﾛｳｺﾞﾛｳ' },
    ],
  });
  const account = await createStaffAccount(db);
  page = await (await desktopContext(suite.browser)).newPage();
  await loginAsStaffInBrowser(page, account.loginId, account.password);
});
afterAll(async () => {
  await suite.db.models.MemberAuditEntry.destroy({ where: { businessCode } });
  await suite.db.models.ChangeRequest.destroy({ where: { id: requestId } });
  await suite.db.models.MembershipApplication.destroy({ where: { id: [waiting, underReview, awaitingCode] } });
});

describe('staff tables at desktop width', () => {
  it('keep headings, numbers, codes, dates (期限 too) and links of 加入申請一覧 on one line, the company name whole and the table within the page', async () => {
    await page.goto(webUrl('/staff/applications'));
    await page.locator(`a[href="/staff/applications/${waiting}"]`).waitFor();
    expect(await wrapped('table.staff-queue th')).toEqual([]);
    expect(await wrapped('table.staff-queue td.nowrap')).toEqual([]);
    expect(await wrapped(`table.staff-queue tr:has(a[href="/staff/applications/${waiting}"]) td.company`)).toEqual([]);
    // Within the page's content box, not spilling into its padding.
    const spill = await page.locator('main').evaluate((main) => {
      const contentRight = main.getBoundingClientRect().right - parseFloat(main.ownerDocument.defaultView?.getComputedStyle(main).paddingRight ?? '0');
      return Math.max(...[...main.querySelectorAll('table.staff-queue')].map((table) => table.getBoundingClientRect().right - contentRight));
    });
    expect(spill).toBeLessThanOrEqual(0);
  });

  it('keep the headings and short columns of 会員情報変更申請一覧 and 監査証跡 on one line', async () => {
    await page.goto(webUrl('/staff/changes'));
    expect(await wrapped('table.staff-queue th')).toEqual([]);
    expect(await wrapped('table.staff-queue td.nowrap')).toEqual([]);
    await page.goto(webUrl(`/staff/audit?businessCode=${businessCode}`));
    await page.locator('table.audit').waitFor();
    expect(await wrapped('table.audit th')).toEqual([]);
    expect(await wrapped('table.audit td:nth-child(-n+2), table.audit td:nth-child(5)')).toEqual([]);
  });

  it('break long values of 監査証跡 so the table stays within the page, 内容 on one line', async () => {
    await page.goto(webUrl(`/staff/audit?businessCode=${businessCode}`));
    await page.locator('table.audit').waitFor();
    expect(await page.locator('html').evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(1366);
    expect(await page.locator('main').evaluate((main) => main.scrollWidth - main.clientWidth)).toBe(0);
    expect(await wrapped('table.audit td:nth-child(3)')).toEqual([]);
  });
});

describe('the decision panel', () => {
  it('shows 承認, 保留 and 却下 in three different styles', async () => {
    await page.goto(webUrl(`/staff/applications/${underReview}`));
    const looks = await Promise.all(
      ['承認', '保留', '却下'].map((name) =>
        page.getByRole('button', { name, exact: true }).evaluate((button) => {
          const style = button.ownerDocument.defaultView?.getComputedStyle(button);
          return `${style?.backgroundColor ?? ''} ${style?.color ?? ''}`;
        }),
      ),
    );
    expect(new Set(looks).size).toBe(3);
  });

  it('leads a refusal with a summary in view, though the panel is far down the page', async () => {
    await page.goto(webUrl(`/staff/applications/${underReview}`));
    await page.getByRole('button', { name: '保留', exact: true }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('保留の理由を入力してください。');
    await expect.poll(() => page.evaluate('document.activeElement?.className')).toBe('form-error error-summary');
    await expect.poll(async () => (await summary.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await summary.boundingBox())?.y ?? 9999).toBeLessThan(900);
  });
});

describe('a decision', () => {
  it('is asked about on a page of its own, and 戻る brings the panel back with the reason in view', async () => {
    await page.goto(webUrl(`/staff/applications/${underReview}`));
    await page.getByLabel('理由').fill('登記事項証明書をご提出ください。');
    await page.getByRole('button', { name: '保留', exact: true }).click();
    await page.getByRole('heading', { name: '保留の確認' }).waitFor();
    await page.locator('dd.reason', { hasText: '登記事項証明書をご提出ください。' }).waitFor();
    await page.getByRole('button', { name: '戻る' }).click();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('field-reason');
    expect(await page.getByLabel('理由').inputValue()).toBe('登記事項証明書をご提出ください。');
    const box = await page.getByLabel('理由').boundingBox();
    expect(box !== null && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0)).toBe(true);
  });
});

describe('the code form', () => {
  it('leads a refused 事業者コード with a summary in view, in the form far down the page', async () => {
    await page.goto(webUrl(`/staff/applications/${awaitingCode}`));
    await page.getByLabel('事業者コード', { exact: true }).fill('ab');
    await page.getByRole('button', { name: '事業者コード発行' }).click();
    const summary = page.locator('form[action$="/business-code"] .error-summary');
    await summary.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.className')).toBe('form-error error-summary');
    await expect.poll(async () => (await summary.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await summary.boundingBox())?.y ?? 9999).toBeLessThan(900);
  });
});

// htmx makes the member's and the staff's forms partial: a post is answered in the same document
// (no reload), the address bar follows the answer, a refusal appears beside its field, the button
// pressed is the one sent, searches filter as one types, and nothing htmx does trips the
// Content-Security-Policy. The same
// forms work without JavaScript (the other browser tests walk some of them that way).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createMemberWithAdmin, loginAsMemberInBrowser, randomCode } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { uniqueEmail, webUrl } from '../support/stack';

const suite = browserSuite();

/**
 * A logged-in 管理者's page, and the browser's complaints about it: CSP refusals and script errors
 * (a 422 answer's "Failed to load resource" line is the browser noting the status, not a fault).
 */
async function memberPage(): Promise<{ page: Page; complaints: string[]; userId: string }> {
  const m = await createMemberWithAdmin(suite.db);
  const page = await (await desktopContext(suite.browser)).newPage();
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) complaints.push(message.text());
  });
  page.on('pageerror', (error) => complaints.push(error.message));
  await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
  return { page, complaints, userId: m.userId };
}

/** Marks the current document; a full page load would lose the mark. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate("document.documentElement.setAttribute('data-test-document', 'kept')");
}

async function sameDocument(page: Page): Promise<boolean> {
  return (await page.locator('html[data-test-document="kept"]').count()) === 1;
}

describe('forms enhanced by htmx', () => {
  it('answers ユーザ情報登録 in place: a refusal beside its field, then the list at its own address', async () => {
    const { page, complaints } = await memberPage();
    await page.goto(webUrl('/member/users/new'));
    await markDocument(page);

    await page.getByRole('button', { name: '新規登録' }).click();
    await page.locator('#field-userId-error').waitFor();
    expect(await sameDocument(page)).toBe(true);

    const userId = randomCode(6).toLowerCase();
    const email = uniqueEmail('htmx-user');
    await page.getByLabel('ユーザID').fill(userId);
    await page.getByLabel('総会').check();
    await page.getByLabel('所属・役職').fill('総務部');
    await page.getByLabel('姓', { exact: true }).fill('中村');
    await page.getByLabel('名', { exact: true }).fill('一郎');
    await page.getByLabel('セイ').fill('ナカムラ');
    await page.getByLabel('メイ').fill('イチロウ');
    await page.getByLabel('メールアドレス', { exact: true }).fill(email);
    await page.getByLabel('メールアドレス (確認用)').fill(email);
    await page.getByLabel('電話番号').fill('03-3333-1234');
    await page.getByRole('button', { name: '新規登録' }).click();
    await page.getByRole('status').filter({ hasText: `ユーザID ${userId} を登録しました。` }).waitFor();

    expect(await sameDocument(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/member/users');
    // The notice is not in the address: a reload shows the list without announcing it again.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.title()).toContain('ユーザ情報一覧');
    expect(complaints).toEqual([]);
    await page.reload();
    await page.getByRole('link', { name: userId }).waitFor();
    expect(await page.getByText(`ユーザID ${userId} を登録しました。`).count()).toBe(0);
  });

  it('filters ユーザ情報一覧 as one types, keeping the focus in the field and the search in the address', async () => {
    const { page, complaints, userId } = await memberPage();
    await page.goto(webUrl('/member/users'));
    await markDocument(page);
    const results = page.locator('#user-results');
    await results.getByRole('link', { name: userId }).waitFor();

    await page.getByLabel('氏名').pressSequentially('該当なし');
    await results.getByText('条件に一致するユーザはいません。').waitFor();
    expect(await page.locator('#search-name:focus').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('name')).toBe('該当なし');

    await page.getByLabel('氏名').fill('');
    await results.getByRole('link', { name: userId }).waitFor();
    expect(await sameDocument(page)).toBe(true);
    expect(complaints).toEqual([]);
  });

  it('sends the button pressed on the 承継・脱退 form', async () => {
    const { page, complaints } = await memberPage();
    await page.goto(webUrl('/member/changes/new'));
    await markDocument(page);

    // 承継 without a successor: refused beside the field, in the same document.
    await page.getByRole('button', { name: '承継', exact: true }).click();
    await page.locator('#field-successorCode-error').waitFor();
    expect(await sameDocument(page)).toBe(true);

    // 脱退: its confirmation page, still without a reload.
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByRole('heading', { name: '脱退の確認' }).waitFor();
    expect(await sameDocument(page)).toBe(true);
    expect(complaints).toEqual([]);
  });
});

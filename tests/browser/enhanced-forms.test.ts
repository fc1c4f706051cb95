// htmx makes the member's and the staff's forms partial: a post is answered in the same document
// (no reload), the address bar follows the answer, a refusal appears beside its field, the button
// pressed is the one sent, searches filter as one types, and nothing htmx does trips the
// Content-Security-Policy. The same
// forms work without JavaScript (the other browser tests walk some of them that way).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONSENTS } from '../../domain/forms/final-application';
import { issueBusinessCodeUpdate } from '../../workflows/messages';
import { createMemberWithAdmin, loginAsMemberInBrowser, randomCode } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { postForm } from '../support/http';
import { uniqueBusinessCode } from '../support/business-codes';
import { applicationFormEntries, sampleApplication, startApplication, submissionIdOf } from '../support/joining';
import { firstUrl, waitForMail } from '../support/mail-inbox';
import { testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

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
    // The refusal stays on its own screen (a reload shows the form again, not the list), and its
    // summary takes the focus, each message leading to its field.
    expect(new URL(page.url()).pathname).toBe('/member/users/new');
    expect(await page.evaluate('document.activeElement?.className')).toBe('form-error error-summary');
    await page.locator('.error-summary').getByRole('link').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#field-[\w.]+-error$/);

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
    // At the bottom of a long page, the refusal is shown where it is, not the top of the page.
    const summary = page.locator('.error-summary');
    await expect.poll(async () => (await summary.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await summary.boundingBox())?.y ?? 9999).toBeLessThan(900);

    // 脱退: its confirmation page, still without a reload.
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByRole('heading', { name: '脱退の確認' }).waitFor();
    expect(await sameDocument(page)).toBe(true);
    expect(complaints).toEqual([]);
  });

  it('shows a whole-page answer in place of the page, not inside the form (本申請 received meanwhile)', async () => {
    const client = await testTemporalClient();
    const contact = uniqueEmail('htmx-final-contact');
    const { handle, applicationId } = await startApplication(client, contact);
    const link = firstUrl((await waitForMail(contact)).text);
    const admin1 = uniqueEmail('htmx-final-admin1');
    const data = sampleApplication(admin1);
    await postForm(link, [...applicationFormEntries(data), ['submissionId', submissionIdOf(await (await fetch(link)).text())]]);
    const receiptNumber = (await suite.db.models.MembershipApplication.findByPk(applicationId))?.receiptNumber ?? '';
    const code = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });

    const page = await (await desktopContext(suite.browser)).newPage();
    await page.goto(webUrl('/join/final'));
    await page.getByLabel('加入申請受付番号').fill(receiptNumber);
    await page.getByLabel('管理者①メールアドレス').fill(admin1);
    await page.getByRole('button', { name: '再表示' }).click();
    await page.getByLabel('事業者コード').fill(code);
    for (const consent of CONSENTS) await page.getByLabel(consent.label).check();

    // The same application's 本申請 arrives from elsewhere before this one is sent.
    const lookup: [string, string][] = [['receiptNumber', receiptNumber], ['lookupEmail', admin1]];
    const shown = await (await postForm('/join/final/redisplay', lookup)).text();
    const consents = CONSENTS.map((c): [string, string] => [c.name, 'yes']);
    expect((await postForm('/join/final', [...applicationFormEntries(data), ...lookup, ...consents, ['businessCode', code], ['submissionId', submissionIdOf(shown)]])).status).toBe(303);

    await page.getByRole('button', { name: '本申請' }).click();
    await page.getByText('加入(本)申請は受け付け済みで、本機関にて審査中です。').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('header.site-header').count()).toBe(1);
    await handle.terminate('test finished');
    await client.connection.close();
  });

  it('leads a reload after 再表示 back to its lookup, not to a missing page', async () => {
    const client = await testTemporalClient();
    const contact = uniqueEmail('htmx-reload-contact');
    const { handle, applicationId } = await startApplication(client, contact);
    const link = firstUrl((await waitForMail(contact)).text);
    const admin1 = uniqueEmail('htmx-reload-admin1');
    await postForm(link, [...applicationFormEntries(sampleApplication(admin1)), ['submissionId', submissionIdOf(await (await fetch(link)).text())]]);
    const receiptNumber = (await suite.db.models.MembershipApplication.findByPk(applicationId))?.receiptNumber ?? '';
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: uniqueBusinessCode(), staff: 'staff01' }] });

    const page = await (await desktopContext(suite.browser)).newPage();
    await page.goto(webUrl('/join/final'));
    await page.getByLabel('加入申請受付番号').fill(receiptNumber);
    await page.getByLabel('管理者①メールアドレス').fill(admin1);
    await page.getByRole('button', { name: '再表示' }).click();
    await page.getByLabel('事業者コード').waitFor();
    expect(new URL(page.url()).pathname).toBe('/join/final/redisplay');
    // F5: the form needs 受付番号 + address again, so the lookup comes back.
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/join/final');
    await page.getByRole('button', { name: '再表示' }).waitFor();
    await handle.terminate('test finished');
    await client.connection.close();
  });
});

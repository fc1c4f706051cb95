// 1.2 加入申請リンクの確認手順, walked in Chromium as the manual describes it: from the top page to
// the mail's link, with htmx and without JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopContext, launchBrowser } from '../support/browser';
import { firstUrl, waitForMail } from '../support/mail-inbox';
import { uniqueEmail, webUrl } from '../support/stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([
  ['with htmx', true],
  ['without JavaScript', false],
])('加入申請リンク確認 %s', (_, javaScriptEnabled) => {
  it('fills the form, receives the mail and opens its link to 加入(仮)申請', async () => {
    const context = await desktopContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    const email = uniqueEmail(javaScriptEnabled ? 'browser-htmx' : 'browser-plain');

    await page.goto(webUrl('/'));
    await page.getByRole('link', { name: '加入申請リンク確認' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('加入申請リンク確認');

    // A mistake first: the message appears beside the field and the entries stay.
    await page.getByLabel('会社名').fill('広域電力株式会社');
    await page.getByLabel('ご担当者氏名').fill('広域 太郎');
    await page.getByLabel('メールアドレス', { exact: true }).fill(email);
    await page.getByLabel('メールアドレス (確認用)').fill(`x${email}`);
    await page.getByRole('button', { name: 'リンク確認' }).click();
    await page.locator('#field-emailConfirmation-error', { hasText: 'メールアドレス (確認用)がメールアドレスと一致しません。' }).waitFor();
    expect(await page.getByLabel('会社名').inputValue()).toBe('広域電力株式会社');

    await page.getByLabel('メールアドレス (確認用)').fill(email);
    await page.getByRole('button', { name: 'リンク確認' }).click();
    await page.getByText('メールをご確認ください').waitFor();

    const mail = await waitForMail(email);
    await page.goto(firstUrl(mail.text));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('電力広域的運営推進機関 加入(仮)申請');
    expect(await page.locator('[aria-current="step"]').textContent()).toBe('仮申請');
    // The address from リンク確認 is offered as 管理者①'s.
    const administrator = page.locator('section', { has: page.getByRole('heading', { name: '◆ 管理者①' }) });
    expect(await administrator.getByLabel('メールアドレス', { exact: true }).inputValue()).toBe(email);
    await context.close();
  });
});

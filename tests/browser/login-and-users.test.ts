// 第2章 and 第3章 walked in Chromium as the manual describes them: ログイン (with the forced
// パスワード変更 of an initial password), the header, ユーザ管理(管理者機能) with 新規登録, 変更,
// パスワード初期化 and 削除, ログアウト, and 「ID／パスワードを忘れた方はこちら」.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createMemberWithAdmin, createPersonInCharge, loginAsMemberInBrowser, randomCode } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { firstUrl, mailsTo, waitForMail } from '../support/mail-inbox';
import { uniqueEmail, webUrl } from '../support/stack';

const suite = browserSuite();

function passwordIn(text: string): string {
  return /パスワード: (\S+)/.exec(text)?.[1] ?? '';
}

async function heading(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).textContent();
}

describe('第2章 ログイン and 第3章 ユーザ管理', () => {
  it('walks the manual from the first login to deleting a user', async () => {
    const member = await createMemberWithAdmin(suite.db, { mustChangePassword: true });
    const context = await desktopContext(suite.browser);
    const page = await context.newPage();

    // 2.2: a wrong password first, then the right one; the initial password must be changed.
    await page.goto(webUrl('/login'));
    expect(await heading(page)).toBe('ログイン');
    await page.getByLabel('事業者コード').fill(member.businessCode);
    await page.getByLabel('ユーザID').fill(member.userId);
    await page.getByLabel('パスワード', { exact: true }).fill('Wrong-pass1');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('事業者コード、ユーザID、またはパスワードが正しくありません。').waitFor();
    expect(await page.getByLabel('ユーザID').inputValue()).toBe(member.userId);
    await page.getByLabel('パスワード', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL('**/member/password');
    expect(await heading(page)).toBe('パスワード変更');
    await page.getByLabel('現在のパスワード').fill(member.password);
    await page.getByLabel('新しいパスワード', { exact: true }).fill('short');
    await page.getByLabel('新しいパスワード (確認用)').fill('short');
    await page.getByRole('button', { name: '変更' }).click();
    await page.locator('#field-newPassword-error', { hasText: 'パスワードは8文字以上で入力してください。' }).waitFor();
    await page.getByLabel('現在のパスワード').fill(member.password);
    await page.getByLabel('新しいパスワード', { exact: true }).fill('Walk-pass-2024');
    await page.getByLabel('新しいパスワード (確認用)').fill('Walk-pass-2024');
    await page.getByRole('button', { name: '変更' }).click();
    await page.getByText('パスワードを変更しました。').waitFor();

    // The header of every member page.
    await page.getByRole('link', { name: 'メニュー', exact: true }).click();
    await page.getByText(`会社名：`).waitFor();
    await page.getByText(member.companyName, { exact: true }).waitFor();
    await page.getByText('前回ログイン日時：').waitFor();
    await page.getByRole('link', { name: 'ユーザ情報変更' }).waitFor();

    // 第3章 ② ユーザの追加: 一覧 → 新規登録 → ユーザ情報登録 (a mistake first) → 新規登録.
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: 'ユーザ管理(管理者機能)' }).click();
    expect(await heading(page)).toBe('ユーザ情報一覧');
    await page.getByRole('link', { name: '新規登録' }).click();
    expect(await heading(page)).toBe('ユーザ情報登録');
    const userId = randomCode(6).toLowerCase();
    const email = uniqueEmail('walk-user');
    await page.getByLabel('ユーザID').fill(userId);
    await page.getByLabel('総会').check();
    await page.getByLabel('会費').check();
    await page.getByLabel('所属・役職').fill('総務部 主任');
    await page.getByLabel('姓', { exact: true }).fill('山本');
    await page.getByLabel('名', { exact: true }).fill('浩紀');
    await page.getByLabel('セイ').fill('ヤマモト');
    await page.getByLabel('メイ').fill('ヒロキ');
    await page.getByLabel('メールアドレス', { exact: true }).fill(email);
    await page.getByLabel('メールアドレス (確認用)').fill(`x${email}`);
    await page.getByLabel('電話番号').fill('03-3333-1234');
    await page.getByLabel('その他').fill('特になし');
    await page.getByRole('button', { name: '新規登録' }).click();
    await page.locator('#field-emailConfirmation-error', { hasText: 'メールアドレス (確認用)がメールアドレスと一致しません。' }).waitFor();
    expect(await page.getByLabel('会費').isChecked()).toBe(true);
    await page.getByLabel('メールアドレス (確認用)').fill(email);
    await page.getByRole('button', { name: '新規登録' }).click();
    await page.getByText(`ユーザID ${userId} を登録しました。`).waitFor();
    expect(passwordIn((await waitForMail(email)).text)).not.toBe('');

    // ③ 変更: search, open the user, change a field.
    await page.getByLabel('氏名').fill('山本');
    await page.getByRole('button', { name: '検索' }).click();
    await page.getByRole('link', { name: userId }).click();
    expect(await heading(page)).toBe('ユーザ情報詳細');
    await page.getByLabel('所属・役職').fill('経理部 課長');
    await page.getByRole('button', { name: '変更' }).click();
    await page.getByText('ユーザ情報を変更しました。').waitFor();
    expect(await page.getByLabel('所属・役職').inputValue()).toBe('経理部　課長');

    // ⑤ パスワード初期化: a second mail with a new password.
    await page.getByRole('button', { name: 'パスワード初期化' }).click();
    await page.getByText('パスワードを初期化しました。').waitFor();
    for (let i = 0; (await mailsTo(email)).length < 2; i++) {
      if (i > 100) throw new Error('no second mail');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // ④ 削除 after a confirmation.
    await page.getByRole('link', { name: '削除' }).click();
    await page.getByText('削除してよろしいですか。').waitFor();
    await page.getByRole('button', { name: '削除' }).click();
    await page.getByText(`ユーザID ${userId} を削除しました。`).waitFor();
    expect(await page.getByRole('link', { name: userId }).count()).toBe(0);

    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByText('ログアウトしました。').waitFor();
    await context.close();
  });

  it.each([true, false])('puts パスワード初期化 in the row of ユーザ情報詳細 and resets from there (JavaScript: %s)', async (javaScriptEnabled) => {
    const member = await createMemberWithAdmin(suite.db);
    const tanto = await createPersonInCharge(suite.db, member.businessCode);
    const context = await desktopContext(suite.browser, { javaScriptEnabled });
    const page = await context.newPage();
    await loginAsMemberInBrowser(page, member.businessCode, member.userId, member.password);
    await page.goto(webUrl(`/member/users/${tanto.userId}`));
    const row = [page.getByRole('link', { name: '戻る' }), page.getByRole('link', { name: '削除' }), page.getByRole('button', { name: 'パスワード初期化' }), page.getByRole('button', { name: '変更', exact: true })];
    const boxes = await Promise.all(row.map(async (element) => element.boundingBox()));
    expect(new Set(boxes.map((box) => box?.y)).size).toBe(1);
    expect(boxes.map((box) => box?.x ?? 0)).toEqual(boxes.map((box) => box?.x ?? 0).sort((a, b) => a - b));

    await page.evaluate("document.documentElement.setAttribute('data-test-document', 'kept')");
    await row[2]?.click();
    await page.getByText('パスワードを初期化しました。').waitFor();
    // The outcome takes the focus, as a refusal's summary does, so a screen reader reads it.
    await page.locator('.panel.done:focus').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/member/users/${tanto.userId}`);
    // htmx answers in place; without JavaScript the browser loads the answer as a page.
    expect(await page.locator('html[data-test-document="kept"]').count()).toBe(javaScriptEnabled ? 1 : 0);
    expect((await waitForMail(tanto.email)).subject).toContain('パスワード初期化のお知らせ');
    await context.close();
  });

  it.each([true, false])('puts the cursor in the first field of ログイン, or on what the page says first (JavaScript: %s)', async (javaScriptEnabled) => {
    const member = await createMemberWithAdmin(suite.db);
    const context = await desktopContext(suite.browser, { javaScriptEnabled });
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    const focused = () => page.evaluate('document.activeElement?.id');
    await page.goto(webUrl('/login'));
    await expect.poll(focused).toBe('field-businessCode');
    await page.goto(webUrl('/staff/login'));
    await expect.poll(focused).toBe('field-loginId');
    // A refusal: its summary has the focus, not the first field.
    await page.goto(webUrl('/login'));
    await page.getByLabel('事業者コード').fill(member.businessCode);
    await page.getByLabel('ユーザID').fill(member.userId);
    await page.getByLabel('パスワード', { exact: true }).fill('Wrong-pass1');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.locator('.error-summary:focus', { hasText: '事業者コード、ユーザID、またはパスワードが正しくありません。' }).waitFor();
    // After ログアウト the notice says so, with the focus.
    await page.getByLabel('パスワード', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.locator('.panel.done:focus', { hasText: 'ログアウトしました。' }).waitFor();
    // Every page's icon is found (no request ends in 404).
    expect(missing).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password from the login page, without JavaScript', async () => {
    const member = await createMemberWithAdmin(suite.db);
    const context = await desktopContext(suite.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(webUrl('/login'));
    await page.getByRole('link', { name: 'ID／パスワードを忘れた方はこちら' }).click();
    expect(await heading(page)).toBe('パスワード初期化');
    await page.getByLabel('事業者コード').fill(member.businessCode.toLowerCase());
    await page.getByLabel('ユーザID').fill(member.userId);
    await page.getByLabel('メールアドレス').fill(member.email);
    await page.getByRole('button', { name: '送信' }).click();
    await page.getByText('メールをご確認ください').waitFor();

    await page.goto(firstUrl((await waitForMail(member.email)).text));
    await page.getByLabel('新しいパスワード', { exact: true }).fill('Forgot-pass-1');
    await page.getByLabel('新しいパスワード (確認用)').fill('Forgot-pass-1');
    await page.getByRole('button', { name: '変更' }).click();
    await page.getByText('新しいパスワードでログインしてください。').waitFor();
    await loginAsMemberInBrowser(page, member.businessCode, member.userId, 'Forgot-pass-1');
    expect(await heading(page)).toBe('メニュー');
    await context.close();
  });
});

// 第4章〜第7章 walked in Chromium as the manual describes them: メニュー → 会員情報確認; 会員情報変更 →
// 新規申請 → 変更 → the staff compare and 保留 → the member corrects and resubmits → 承認; a
// 管理者② added at once; 承継 asked for and confirmed; 脱退 with JavaScript off through its
// confirmation page, approved, and the member's browser sent back to ログイン with the reason.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toFullWidth } from '../../domain/forms/text';
import { createMemberWithAdmin, createStaffAccount, loginAsMemberInBrowser, loginAsStaffInBrowser } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { waitForMail } from '../support/mail-inbox';
import { uniqueEmail, webUrl } from '../support/stack';

const suite = browserSuite();

async function staffPage(): Promise<Page> {
  const account = await createStaffAccount(suite.db);
  const page = await (await desktopContext(suite.browser)).newPage();
  await loginAsStaffInBrowser(page, account.loginId, account.password);
  return page;
}

/** The menu bar of every member page (the manual's 「メニューの…をクリック」). */
const menu = (page: Page) => page.getByRole('navigation', { name: 'メニュー' });

const DONE = { 承認: '承認しました。', 保留: '保留にしました。', 却下: '却下しました。' } as const;

async function staffDecides(page: Page, requestId: string, button: '承認' | '保留' | '却下', reason = '') {
  await page.goto(webUrl('/staff/changes'));
  await page.locator(`a[href="/staff/changes/${requestId}"]`).click();
  await page.getByRole('heading', { name: '会員情報変更申請 審査' }).waitFor();
  if (reason) await page.getByLabel('理由').fill(reason);
  await page.getByRole('button', { name: button, exact: true }).click();
  // The decision is confirmed on a page of its own, with the same button.
  await page.getByRole('heading', { name: `${button}の確認` }).waitFor();
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('status').filter({ hasText: DONE[button] }).waitFor();
}

/** Whether the element's top is within the window (the page was scrolled to it). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0);
}

/** The request whose page is shown: /member/changes/<id> or /staff/changes/<id>. */
function requestIdOf(page: Page): string {
  const id = /\/changes\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`no request in ${page.url()}`);
  return id;
}

describe('第4章・第5章 in the browser', () => {
  it('shows 会員情報確認, adds 管理者② at once, and takes a company change through 保留 and resubmission to 承認', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);

    await menu(page).getByRole('link', { name: '会員情報確認' }).click();
    await page.getByRole('heading', { name: '会員情報確認' }).waitFor();
    await page.getByRole('heading', { name: '● 会社情報' }).waitFor();
    await page.getByRole('row', { name: `会社名 ${m.companyName}` }).waitFor();
    await page.getByRole('heading', { name: '[管理者1]' }).waitFor();

    // 管理者② only: applied at once, with a password mail to the new 管理者.
    await menu(page).getByRole('link', { name: '会員情報変更' }).click();
    await page.getByRole('heading', { name: '会員情報変更申請一覧' }).waitFor();
    await page.getByRole('link', { name: '新規申請' }).click();
    const email2 = uniqueEmail('browser-admin2');
    await page.locator('#field-admin2\\.userId').fill('adm002');
    await page.locator('input[name="admin2.duties"][value="会費"]').check();
    await page.locator('#field-admin2\\.department').fill('経理部 主任');
    await page.locator('#field-admin2\\.lastName').fill('佐藤');
    await page.locator('#field-admin2\\.firstName').fill('花子');
    await page.locator('#field-admin2\\.lastNameKana').fill('サトウ');
    await page.locator('#field-admin2\\.firstNameKana').fill('ハナコ');
    await page.locator('#field-admin2\\.email').fill(email2);
    await page.locator('#field-admin2\\.emailConfirmation').fill(email2);
    await page.locator('#field-admin2\\.phone').fill('03-1111-2222');
    await page.getByRole('button', { name: '変更', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '管理者情報を更新しました。' }).waitFor();
    await page.getByRole('cell', { name: '管理者情報変更' }).waitFor();
    expect((await waitForMail(email2)).text).toContain('ユーザID: adm002');

    // 会社名: reviewed. A bad カナ first: the message sits beside the field and the values stay.
    await page.getByRole('link', { name: '新規申請' }).click();
    await page.getByLabel('会社名', { exact: true }).fill(`${m.companyName}改`);
    await page.getByLabel('本社所在地2カナ').fill('ﾋﾞﾙ"2');
    await page.getByRole('button', { name: '変更', exact: true }).click();
    await expect(page.locator('#field-address2Kana-error').textContent()).resolves.toContain('ダブルクォーテーション');
    await expect(page.getByLabel('会社名', { exact: true }).inputValue()).resolves.toBe(`${m.companyName}改`);
    await page.getByLabel('本社所在地2カナ').fill('ﾋﾞﾙ2');
    await page.getByRole('button', { name: '変更', exact: true }).click();
    await page.getByText('申請を受け付けました。').waitFor();
    const requestId = requestIdOf(page);

    const staff = await staffPage();
    await staff.goto(webUrl(`/staff/changes/${requestId}`));
    await staff.getByRole('row', { name: /会社名 .* 変更あり/ }).waitFor();
    await staffDecides(staff, requestId, '保留', '登記事項証明書をご提出ください。');

    await page.reload();
    await page.getByText('保留理由: 登記事項証明書をご提出ください。').waitFor();
    // The comparison's caption stands apart from the 保留 box, left-aligned like the headings.
    const layout = await page.locator('table.comparison caption').evaluate((caption) => {
      const box = caption.closest('table')?.previousElementSibling?.getBoundingClientRect();
      return { align: caption.ownerDocument.defaultView?.getComputedStyle(caption).textAlign, gap: caption.getBoundingClientRect().top - (box?.bottom ?? 0) };
    });
    expect(layout.align).toBe('left');
    expect(layout.gap).toBeGreaterThanOrEqual(16);
    // 戻る, 取下げ and 申請内容を修正する in one row, 戻る on the left.
    const row = await Promise.all(['戻る', '取下げ', '申請内容を修正する'].map((name) => page.locator('main .actions').getByText(name, { exact: true }).boundingBox()));
    expect(row.map((box) => box?.y)).toEqual([row[0]?.y, row[0]?.y, row[0]?.y]);
    expect(row.map((box) => box?.x ?? 0)).toEqual(row.map((box) => box?.x ?? 0).sort((a, b) => a - b));
    await page.getByRole('link', { name: '申請内容を修正する' }).click();
    // The form says why it is being corrected.
    await page.getByText('保留理由: 登記事項証明書をご提出ください。').waitFor();
    await page.getByLabel('資本関係').fill('広域ホールディングス（持ち株比率60%）');
    await page.getByRole('button', { name: '変更', exact: true }).click();
    await page.getByText('再申請を受け付けました。').waitFor();

    await staffDecides(staff, requestId, '承認');
    await menu(page).getByRole('link', { name: '会員情報確認' }).click();
    // 全角 fields store what was typed widened: the code in the test's 会社名 and 60% are ASCII.
    await page.getByRole('row', { name: `会社名 ${toFullWidth(`${m.companyName}改`)}` }).waitFor();
    await page.getByRole('row', { name: '資本関係 広域ホールディングス（持ち株比率６０％）' }).waitFor();
  });
});

describe('第6章・第7章 in the browser', () => {
  it('asks for 承継 on the same screen, and takes 脱退 without JavaScript through its confirmation to the end of the membership', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser, { javaScriptEnabled: false })).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    await menu(page).getByRole('link', { name: '会員情報変更' }).click();
    await page.getByRole('link', { name: '新規申請' }).click();
    await page.getByRole('heading', { name: '承継・脱退に関する申請' }).waitFor();
    await page.getByText('「承継」「脱退」の場合、広域機関会員ではなくなるため申請の際はご注意ください').first().waitFor();

    // 承継 without a successor: the summary at the top of its section takes the focus, in view.
    await page.getByRole('button', { name: '承継', exact: true }).click();
    await page.locator('.error-summary:focus').waitFor();
    await expect(page.locator('.error-summary').isVisible()).resolves.toBe(true);
    expect(await page.locator('.error-summary').evaluate((summary) => summary.getBoundingClientRect().top >= 0 && summary.getBoundingClientRect().top < (summary.ownerDocument.defaultView?.innerHeight ?? 0))).toBe(true);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('承継事業者コードを入力してください。');

    // 承継 with the own code is a 変更: refused beside the field.
    await page.getByLabel('承継事業者コード').fill(m.businessCode);
    await page.getByLabel('承継事業者名').fill('承継電力株式会社');
    await page.getByRole('button', { name: '承継', exact: true }).click();
    await expect(page.locator('#field-successorCode-error').textContent()).resolves.toContain('承継でなく変更にて手続きください');

    // 承継 asks once more, as 脱退 does; 戻る leaves nothing sent and brings the form back at the
    // 承継 section with what was typed.
    await page.getByLabel('承継事業者コード').fill('ZZ77');
    await page.getByRole('button', { name: '承継', exact: true }).click();
    await page.getByRole('heading', { name: '承継の確認' }).waitFor();
    await page.getByText('承継電力株式会社', { exact: true }).waitFor();
    await page.getByRole('button', { name: '承継', exact: true }).waitFor();
    await page.getByRole('link', { name: '戻る' }).last().click();
    await page.getByRole('heading', { name: '会員情報変更申請', exact: true }).waitFor();
    expect(await suite.db.models.ChangeRequest.count({ where: { businessCode: m.businessCode } })).toBe(0);
    await expect(page.getByLabel('承継事業者コード').inputValue()).resolves.toBe('ZZ77');
    await expect(page.getByLabel('承継事業者名').inputValue()).resolves.toBe('承継電力株式会社');
    expect(await inView(page, page.getByRole('heading', { name: '承継・脱退に関する申請' }))).toBe(true);
    await page.getByRole('link', { name: '戻る' }).last().click();

    await page.getByRole('link', { name: '新規申請' }).click();
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByRole('heading', { name: '脱退の確認' }).waitFor();
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByText('申請を受け付けました。').waitFor();
    const requestId = requestIdOf(page);

    const staff = await staffPage();
    await staffDecides(staff, requestId, '承認');
    await menu(page).getByRole('link', { name: '会員情報確認' }).click();
    // Its session ended with the 承認: the browser is sent to ログイン, which names the reason.
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByLabel('事業者コード').fill(m.businessCode);
    await page.getByLabel('ユーザID').fill(m.userId);
    await page.getByLabel('パスワード', { exact: true }).fill(m.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('会員資格が終了しているため（承継または脱退）、本システムはご利用いただけません。').waitFor();
  });
});

describe('承継・脱退 with JavaScript', () => {
  it('brings the 承継 section back when the address a confirmation left is opened again', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    await page.goto(webUrl('/member/changes/new'));
    await page.getByLabel('承継事業者コード').fill('ZZ78');
    await page.getByLabel('承継事業者名').fill('承継電力株式会社');
    await page.getByRole('button', { name: '承継', exact: true }).click();
    await page.getByRole('heading', { name: '承継の確認' }).waitFor();
    // htmx recorded the post's address; reloaded, it is the form at its 承継 section, not a 404.
    expect(new URL(page.url()).pathname).toBe('/member/changes/succession-confirmation');
    await page.reload();
    await page.getByRole('heading', { name: '会員情報変更申請', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/member/changes/new');
    expect(await inView(page, page.getByRole('heading', { name: '承継・脱退に関する申請' }))).toBe(true);
  });
});

describe('取下げ in the browser', () => {
  it('asks once more before withdrawing a request under review; 戻る leaves it open', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    await page.goto(webUrl('/member/changes/new'));
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    // The confirmation's button has the same name: pressed before it has come, the form's would be pressed twice.
    await page.getByRole('heading', { name: '脱退の確認' }).waitFor();
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByText('申請を受け付けました。').waitFor();
    const requestId = requestIdOf(page);

    await page.getByRole('link', { name: '取下げ' }).click();
    await page.getByRole('heading', { name: '取下げの確認' }).waitFor();
    await page.getByRole('link', { name: '戻る' }).last().click();
    await page.getByRole('heading', { name: '会員情報変更申請 詳細' }).waitFor();
    expect((await suite.db.models.ChangeRequest.findByPk(requestId))?.status).toBe('under_review');

    await page.getByRole('link', { name: '取下げ' }).click();
    await page.getByRole('button', { name: '取下げ' }).click();
    await page.getByText('申請を取下げました。').waitFor();
    expect((await suite.db.models.ChangeRequest.findByPk(requestId))?.status).toBe('cancelled');
  });
});

describe('容量市場口座情報等 in the browser', () => {
  it('registers the refund account from the menu', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    await menu(page).getByRole('link', { name: '容量市場口座情報等' }).click();
    await page.getByLabel('金融機関名').fill('広域銀行');
    await page.getByLabel('金融機関コード').fill('0001');
    await page.getByLabel('支店名').fill('本店営業部');
    await page.getByLabel('支店コード').fill('100');
    await page.getByLabel('普通').check();
    await page.getByLabel('口座番号').fill('1234567');
    await page.getByLabel('口座名義カナ').fill('コウイキデンリョク');
    await page.getByRole('button', { name: '登録' }).click();
    await page.getByText('口座情報を登録しました。').waitFor();
    await page.getByRole('row', { name: '口座名義カナ ｺｳｲｷﾃﾞﾝﾘｮｸ' }).waitFor();
  });
});

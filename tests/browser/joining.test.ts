// 第1章 walked in Chromium through pages and mails only: リンク確認 → 加入(仮)申請 → the staff issue
// the 事業者コード → 加入(本)申請 → 保留 → resubmission → 承認 → the initial password by mail.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ApplicationData } from '../../domain/application-data';
import { statusPath } from '../../domain/status-link-token';
import { submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { createStaffAccount, loginAsStaffInBrowser } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication, startApplication } from '../support/joining';
import { firstUrl, mailsTo, waitForMail, type InboxMail } from '../support/mail-inbox';
import { testConfig, testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

const suite = browserSuite();

async function mailWith(address: string, subjectPart: string): Promise<InboxMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = (await mailsTo(address)).find((m) => m.subject.includes(subjectPart));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail 「${subjectPart}」 to ${address}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function section(page: Page, heading: string) {
  return page.locator('section.form-section', { has: page.getByRole('heading', { name: heading, exact: true }) });
}

async function fillApplication(page: Page, data: ApplicationData) {
  const company = section(page, '◆ 会社情報');
  const c = data.company;
  await company.getByLabel('法人番号').fill(c.corporateNumber);
  for (const type of c.businessTypes) await company.getByLabel(type, { exact: true }).check();
  await company.getByLabel('会社名', { exact: true }).fill(c.companyName);
  await company.getByLabel('会社名カナ').fill('コウイキデンリョクカブシキガイシャ');
  await company.getByLabel('代表電話番号').fill('０３－１２３４－５６７８');
  await company.getByRole('group', { name: '代表者名', exact: true }).getByLabel('姓').fill(c.representativeLastName);
  await company.getByRole('group', { name: '代表者名', exact: true }).getByLabel('名').fill(c.representativeFirstName);
  await company.getByRole('group', { name: '代表者名カナ', exact: true }).getByLabel('セイ').fill('コウイキ');
  await company.getByRole('group', { name: '代表者名カナ', exact: true }).getByLabel('メイ').fill('イチロウ');
  await company.getByLabel('代表者肩書').fill(c.representativeTitle);
  await company.getByLabel('本社郵便番号').fill(c.postalCode);
  await company.getByLabel('本社所在地1', { exact: true }).fill(c.address1);
  await company.getByLabel('本社所在地2', { exact: true }).fill(c.address2);
  await company.getByLabel('本社所在地1カナ').fill(c.address1Kana);
  await company.getByLabel('本社所在地2カナ').fill(c.address2Kana);
  await company.getByLabel('資本関係').fill(c.capitalRelationship);

  const admin = section(page, '◆ 管理者①');
  const a = data.administrator1;
  await admin.getByLabel('ユーザID').fill(a.userId);
  for (const duty of a.duties) await admin.getByLabel(duty, { exact: true }).check();
  await admin.getByLabel('所属・役職').fill(a.department);
  await admin.getByRole('group', { name: '氏名', exact: true }).getByLabel('姓').fill(a.lastName);
  await admin.getByRole('group', { name: '氏名', exact: true }).getByLabel('名').fill(a.firstName);
  await admin.getByRole('group', { name: '氏名カナ', exact: true }).getByLabel('セイ').fill('タナカ');
  await admin.getByRole('group', { name: '氏名カナ', exact: true }).getByLabel('メイ').fill('イチロウ');
  await admin.getByLabel('メールアドレス', { exact: true }).fill(a.email);
  await admin.getByLabel('メールアドレス (確認用)').fill(a.email);
  await admin.getByLabel('電話番号').fill(a.phone);
}

/** The notice above the quoted data: 仮申請's at the first 本申請 (the manual's words), the last 本申請's after 保留 / 却下. */
const QUOTED = {
  provisional: '仮申請時のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。',
  final: '前回の本申請のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。',
};

async function finalApplication(page: Page, url: string, receiptNumber: string, email: string, code: string, quoted: keyof typeof QUOTED, change?: (page: Page) => Promise<void>) {
  await page.goto(url);
  expect(await page.locator('[aria-current="step"]').textContent()).toBe('本申請');
  await page.getByLabel('加入申請受付番号').fill(receiptNumber);
  await page.getByLabel('管理者①メールアドレス').fill(email);
  await page.getByRole('button', { name: '再表示' }).click();
  await page.getByText(QUOTED[quoted]).waitFor();
  expect(await page.getByLabel('法人番号').inputValue()).toBe('7123456789012');
  await change?.(page);
  await page.getByLabel('事業者コード').fill(code);
  // The consents are required: first without them.
  await page.getByRole('button', { name: '本申請' }).click();
  await page.locator('#field-consentArticles-error', { hasText: '電力広域的運営推進機関 定款に同意してください。' }).waitFor();
  await page.getByLabel('電力広域的運営推進機関 定款に同意する').check();
  await page.getByLabel('システム利用許諾(システム利用規約)に同意する').check();
  await page.getByLabel('総会招集通知の電磁的手法利用許諾(定款 第25条)に同意する').check();
  await page.getByRole('button', { name: '本申請' }).click();
  await page.getByText('加入(本)申請を受け付けました').waitFor();
}

it('takes an applicant from リンク確認 to an approved member with a password mail', async () => {
  const contact = uniqueEmail('walk-contact');
  const admin1 = uniqueEmail('walk-admin1');
  const data = sampleApplication(admin1);
  const staffAccount = await createStaffAccount(suite.db);
  const applicant = await (await desktopContext(suite.browser)).newPage();
  const staff = await (await desktopContext(suite.browser)).newPage();

  // リンク確認
  await applicant.goto(webUrl('/'));
  await applicant.getByRole('link', { name: '加入申請リンク確認' }).click();
  await applicant.getByLabel('会社名').fill(data.company.companyName);
  await applicant.getByLabel('ご担当者氏名').fill('広域 太郎');
  await applicant.getByLabel('メールアドレス', { exact: true }).fill(contact);
  await applicant.getByLabel('メールアドレス (確認用)').fill(contact);
  await applicant.getByRole('button', { name: 'リンク確認' }).click();
  await applicant.getByText('メールをご確認ください').waitFor();
  // The answer replaced the form with its instruction: nothing asks to fill in a form now gone.
  expect(await applicant.getByText('必要事項を入力し').count()).toBe(0);

  // 加入(仮)申請: a wrong 法人番号 first, then the right one.
  await applicant.goto(firstUrl((await waitForMail(contact)).text));
  await fillApplication(applicant, { ...data, company: { ...data.company, corporateNumber: '1123456789012' } });
  await applicant.getByRole('button', { name: '仮申請' }).click();
  await applicant.locator('#field-corporateNumber-error', { hasText: '法人番号が正しくありません。13桁の法人番号をご確認ください。' }).waitFor();
  // The summary of the refusal has the focus after the swap, and its link leads to the field's message.
  expect(await applicant.locator('.error-summary:focus').count()).toBe(1);
  await applicant.getByRole('link', { name: '法人番号が正しくありません。13桁の法人番号をご確認ください。' }).click();
  expect(new URL(applicant.url()).hash).toBe('#field-corporateNumber-error');
  expect(await applicant.getByLabel('代表者肩書').inputValue()).toBe(data.company.representativeTitle);
  await applicant.getByLabel('法人番号').fill('７１２３４５６７８９０１２');
  await applicant.getByRole('button', { name: '仮申請' }).click();
  await applicant.getByText('加入(仮)申請を受け付けました').waitFor();
  expect(await applicant.getByText('必要事項を入力し').count()).toBe(0);
  const receiptNumber = (await applicant.locator('.receipt-number').textContent()) ?? '';
  const receiptMail = await mailWith(admin1, '加入(仮)申請受付');
  expect(receiptMail.text).toContain(receiptNumber);
  const finalUrl = firstUrl(receiptMail.text);

  // The staff issue the 事業者コード.
  await loginAsStaffInBrowser(staff, staffAccount.loginId, staffAccount.password);
  await staff.goto(webUrl('/staff/applications'));
  await staff.getByRole('link', { name: receiptNumber }).click();
  expect(await staff.getByRole('link', { name: 'Temporal UI で開く' }).getAttribute('href')).toMatch(/\/namespaces\/default\/workflows\/membership-application-/);
  const code = uniqueBusinessCode();
  await staff.getByLabel('事業者コード').fill(code);
  await staff.getByRole('button', { name: '事業者コード発行' }).click();
  await staff.getByRole('heading', { name: '事業者コード発行の確認' }).waitFor();
  await staff.getByRole('button', { name: '事業者コード発行' }).click();
  await staff.locator('.status', { hasText: '事業者コード発行済み' }).waitFor();
  expect((await mailWith(admin1, '事業者コードのお知らせ')).text).toContain(`事業者コード: ${code}`);

  // 加入(本)申請, then 保留 with a reason.
  await finalApplication(applicant, finalUrl, receiptNumber, admin1, code, 'provisional');
  await staff.reload();
  await staff.getByLabel('理由').fill('代表者肩書を登記どおりにご記入ください。');
  await staff.getByRole('button', { name: '保留' }).click();
  await staff.getByRole('heading', { name: '保留の確認' }).waitFor();
  await staff.getByRole('button', { name: '保留' }).click();
  await staff.locator('.status', { hasText: '保留' }).waitFor();
  const holdMail = await mailWith(admin1, '保留');
  expect(holdMail.text).toContain('代表者肩書を登記どおりにご記入ください。');

  // The status page from the mail shows the decision and its reason, and follows without a reload.
  const statusPage = await (await desktopContext(suite.browser)).newPage();
  await statusPage.goto(firstUrl(holdMail.text.slice(holdMail.text.indexOf('申請の状況'))));
  await statusPage.locator('.status', { hasText: '保留' }).waitFor();
  await statusPage.locator('#status-panel dd.reason', { hasText: '代表者肩書を登記どおりにご記入ください。' }).waitFor();

  // The applicant corrects and submits again; the staff approve.
  await finalApplication(applicant, finalUrl, receiptNumber, admin1, code, 'final', async (page) => {
    await page.getByText('保留理由: 代表者肩書を登記どおりにご記入ください。').waitFor();
    await page.getByLabel('代表者肩書').fill('代表取締役社長');
  });
  await statusPage.locator('.status', { hasText: '本申請済み（審査中）' }).waitFor();
  await staff.reload();
  await staff.getByRole('button', { name: '承認' }).click();
  await staff.getByRole('heading', { name: '承認の確認' }).waitFor();
  await staff.getByRole('button', { name: '承認' }).click();
  await staff.locator('.status', { hasText: '承認' }).waitFor();
  await statusPage.locator('.status', { hasText: '承認' }).waitFor();
  // The panel that followed the decision leads to ログイン and takes no more 関連資料.
  await statusPage.locator('#status-panel').getByRole('link', { name: 'ログイン' }).waitFor();
  expect(await statusPage.getByRole('link', { name: '関連資料の提出' }).count()).toBe(0);

  const passwordMail = await mailWith(admin1, 'パスワード');
  expect(passwordMail.text).toContain(`事業者コード: ${code}`);
  expect(passwordMail.text).toContain(`ユーザID: ${data.administrator1.userId}`);
  expect(passwordMail.text).toMatch(/パスワード: \S{8,}/);
  const member = await suite.db.models.Member.findByPk(code);
  expect(member?.company.representativeTitle).toBe('代表取締役社長');
});

it('keeps the keyboard focus on a link of the status panel while the panel reloads itself', async () => {
  const client = await testTemporalClient();
  const email = uniqueEmail('focus');
  const { handle } = await startApplication(client, email);
  const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [sampleApplication(email)] });
  const page = await (await desktopContext(suite.browser)).newPage();
  const status = statusPath(testConfig().appSecret, receiptNumber);
  await page.goto(webUrl(status));
  const attachments = page.getByRole('link', { name: '関連資料の提出' });
  await attachments.focus();
  const focused = () => page.evaluate('document.activeElement?.textContent');
  const polled = () => page.waitForResponse((r) => r.url().includes('/panel?'), { timeout: 10_000 });

  // Two polls with nothing new: the link keeps the focus (no <body> in between).
  await polled();
  await polled();
  await page.waitForTimeout(200);
  expect(await focused()).toBe('関連資料の提出');

  // Something new (a file in the timeline): the changed panel replaces the old, the focus stays on the link.
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))]), '登記簿謄本.pdf');
  const [path, query] = status.split('?');
  await fetch(webUrl(`${path}/attachments?${query}`), { method: 'POST', body: form, redirect: 'manual', headers: { origin: new URL(webUrl()).origin } });
  await page.locator('#status-panel td.reason', { hasText: '登記簿謄本.pdf' }).waitFor();
  expect(await focused()).toBe('関連資料の提出');
  await handle.terminate('test finished');
  await client.connection.close();
});

// Every kind of page, as rendered in Chromium, checked with axe-core against WCAG 2.1 A/AA and
// axe's best practices: labels, contrast, landmarks, headings, names of buttons and links. Forms
// are also checked with their refusals shown, where messages and aria attributes are added.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createMemberWithAdmin, createStaffAccount, loginAsMemberInBrowser, loginAsStaffInBrowser, randomCode, sampleCompany } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { sampleApplication, startApplication } from '../support/joining';
import { firstUrl, waitForMail } from '../support/mail-inbox';
import { testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

const suite = browserSuite();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The page's violations as `rule: selectors` lines (empty when axe finds none). */
async function violationsOf(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the pages' CSP (no inline script) does not stop it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<Violation[]>(async () => {
    const axe = (globalThis as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact ?? ''}: ${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Posts the page's main form as it is (empty), without the browser's own checks, to show the refusals. */
async function submitEmpty(page: Page): Promise<void> {
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(() => {
      const forms = [...(globalThis as unknown as { document: { querySelectorAll: (s: string) => Iterable<{ action: string; submit: () => void }> } }).document.querySelectorAll('form[method=post]')];
      forms.find((form) => !form.action.endsWith('/logout'))?.submit();
    }),
  ]);
}

async function expectAccessible(page: Page, path: string, options: { refused?: boolean } = {}): Promise<void> {
  await page.goto(webUrl(path));
  if (options.refused) await submitEmpty(page);
  expect(await violationsOf(page), `${path}${options.refused ? ' (refused)' : ''}`).toEqual([]);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('holds on the public pages and the joining forms', async () => {
    const page = await (await desktopContext(suite.browser)).newPage();
    for (const path of ['/', '/join/link', '/join/final', '/join/status', '/password/forgot', '/staff/login']) await expectAccessible(page, path);
    for (const path of ['/', '/join/link']) await expectAccessible(page, path, { refused: true });

    const email = uniqueEmail('a11y');
    await startApplication(await testTemporalClient(), email);
    const provisional = new URL(firstUrl((await waitForMail(email)).text));
    await expectAccessible(page, provisional.pathname + provisional.search);
    await expectAccessible(page, provisional.pathname + provisional.search, { refused: true });
  });

  it('holds on the member pages', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    const pages = ['/member', '/member/info', '/member/users', '/member/users/new', `/member/users/${m.userId}`, '/member/changes', '/member/changes/new', '/member/changes/history', '/member/profile', '/member/password'];
    for (const path of pages) await expectAccessible(page, path);
    for (const path of ['/member/users/new', '/member/changes/new', '/member/password']) await expectAccessible(page, path, { refused: true });

    // The pages that ask once more before 承継 and 脱退.
    await page.goto(webUrl('/member/changes/new'));
    await page.getByLabel('承継事業者コード').fill(randomCode(4));
    await page.getByLabel('承継事業者名').fill('承継電力株式会社');
    await page.getByRole('button', { name: '承継', exact: true }).click();
    await page.getByRole('heading', { name: '承継の確認' }).waitFor();
    expect(await violationsOf(page), '承継の確認').toEqual([]);
    await page.goto(webUrl('/member/changes/new'));
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByRole('heading', { name: '脱退の確認' }).waitFor();
    expect(await violationsOf(page), '脱退の確認').toEqual([]);
    // The request it sends, its notice (which takes the focus), and the page that asks before 取下げ.
    await page.getByRole('button', { name: '脱退', exact: true }).click();
    await page.getByText('申請を受け付けました。').waitFor();
    expect(await violationsOf(page), '会員情報変更申請 詳細 (申請を受け付けました)').toEqual([]);
    await page.getByRole('link', { name: '取下げ', exact: true }).click();
    await page.getByRole('heading', { name: '取下げの確認' }).waitFor();
    expect(await violationsOf(page), '取下げの確認').toEqual([]);
  });

  it('holds in the staff console', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const email = uniqueEmail('a11y-staff');
    const { applicationId } = await startApplication(await testTemporalClient(), email);
    await waitForMail(email);
    const account = await createStaffAccount(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsStaffInBrowser(page, account.loginId, account.password);
    // An application and a change request under review, with their decision panels.
    const reviewId = randomUUID();
    await suite.db.models.MembershipApplication.create({
      id: reviewId, companyName: m.companyName, contactName: '審査 太郎', email, status: 'under_review', linkExpiresAt: new Date(),
      receiptNumber: `J-${randomCode(4)}-${randomCode(4)}`, provisionalData: sampleApplication(email),
    });
    const requestId = randomUUID();
    await suite.db.models.ChangeRequest.create({
      id: requestId, businessCode: m.businessCode, kind: 'change', status: 'under_review',
      requestedCompany: sampleCompany(`${m.companyName}改`), successor: null, submittedBy: 'user:a11y', submittedAt: new Date(),
    });
    const pages = [
      '/staff', '/staff/applications', '/staff/applications?status=approved', `/staff/applications/${applicationId}`, `/staff/applications/${reviewId}`,
      '/staff/members', `/staff/members/${m.businessCode}/history`, '/staff/changes', `/staff/changes/${requestId}`, '/staff/audit', '/staff/password',
    ];
    for (const path of pages) await expectAccessible(page, path);
    for (const path of [`/staff/applications/${reviewId}`, `/staff/changes/${requestId}`]) await expectAccessible(page, path, { refused: true });
    // The pages that ask before a decision is made.
    for (const path of [`/staff/applications/${reviewId}`, `/staff/changes/${requestId}`]) {
      await page.goto(webUrl(path));
      await page.getByLabel('理由').fill('書類をご確認ください。');
      await page.getByRole('button', { name: '保留', exact: true }).click();
      await page.getByRole('heading', { name: '保留の確認' }).waitFor();
      expect(await violationsOf(page), `${path} (confirmation)`).toEqual([]);
    }
    await suite.db.models.ChangeRequest.destroy({ where: { id: requestId } });
    await suite.db.models.MembershipApplication.destroy({ where: { id: reviewId } });
  });
});

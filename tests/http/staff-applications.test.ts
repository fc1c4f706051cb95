// The staff console's 加入申請 pages over HTTP: never without login, refusals shown in Japanese,
// what a step taken says, the list a page at a time per section, and filtered by 状況.
import { randomUUID } from 'node:crypto';
import { Op } from 'sequelize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPROVAL_WITH_REASON } from '../../domain/forms/staff-decision';
import { holdApplicationUpdate, issueBusinessCodeUpdate, submitFinalApplicationUpdate } from '../../workflows/messages';
import { createStaffAccount, getWithCookie, randomCode, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { uniqueBusinessCode } from '../support/business-codes';
import { provisionallyApplied, sampleApplication } from '../support/joining';
import { expectEveryRowAlongPages, expectFirstPage, followSection, pageHtml, headingTotal, pagerLink, pagerPosition, rowIds, sectionOf } from '../support/paged-sections';
import { statusPath } from '../../domain/status-link-token';
import { formatDate, formatDateTime } from '../../templates/components/date-time';
import { staffSuite } from '../support/staff-suite';
import { testConfig, uniqueEmail, webUrl } from '../support/stack';

const suite = staffSuite();

describe('staff 加入申請 pages', () => {
  it('cannot be reached or used without a staff login', async () => {
    const { applicationId, handle } = await provisionallyApplied(suite.client, 'staff');
    for (const path of ['/staff/applications', `/staff/applications/${applicationId}`]) {
      const response = await fetch(webUrl(path), { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/staff\/login/);
    }
    const post = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'reject', reason: 'x' });
    expect(post.headers.get('location')).toMatch(/^\/staff\/login/);
    expect((await suite.db.models.MembershipApplication.findByPk(applicationId))?.status).toBe('provisional_submitted');
    await handle.terminate('test finished');
  });

  it('lists the application awaiting its code, links it to Temporal, shows refusals and missing reasons, and says what a step did', async () => {
    const { applicationId, handle, receiptNumber } = await provisionallyApplied(suite.client, 'staff');
    const list = await (await fetch(webUrl('/staff/applications'), { headers: { cookie: suite.cookie } })).text();
    expect(list).toContain(`<a href="/staff/applications/${applicationId}">${receiptNumber}</a>`);
    expect(list).toContain(`/namespaces/default/workflows/membership-application-${applicationId}`);

    const approve = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'approve', confirmed: 'yes' }, { cookie: suite.cookie });
    expect(approve.status).toBe(409);
    expect(await approve.text()).toContain('この申請は承認できる状態ではありません。');
    const noReason = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'reject', reason: ' ' }, { cookie: suite.cookie });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('却下の理由を入力してください。');
    // 承認 with a reason typed most likely meant 保留 or 却下: refused, the reason kept in its field.
    const approveWithReason = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'approve', reason: '登記事項証明書をご提出ください。' }, { cookie: suite.cookie });
    expect(approveWithReason.status).toBe(422);
    const refusedApproval = await approveWithReason.text();
    expect(refusedApproval).toContain(APPROVAL_WITH_REASON);
    expect(refusedApproval).toContain('登記事項証明書をご提出ください。</textarea>');
    expect((await suite.db.models.MembershipApplication.findByPk(applicationId))?.status).toBe('provisional_submitted');
    const badCode = await postForm(`/staff/applications/${applicationId}/business-code`, { businessCode: '12' }, { cookie: suite.cookie });
    expect(badCode.status).toBe(422);
    expect(await badCode.text()).toContain('事業者コードは4桁の半角英数字で入力してください。');

    // A step taken: the page it leads to says so, and an unknown `done` says nothing.
    const issued = await postForm(`/staff/applications/${applicationId}/business-code`, { businessCode: uniqueBusinessCode(), confirmed: 'yes' }, { cookie: suite.cookie });
    expect(issued.headers.get('location')).toBe(`/staff/applications/${applicationId}?done=code`);
    const detail = await (await getWithCookie(issued.headers.get('location') ?? '', suite.cookie)).text();
    expect(detail).toContain('<p class="panel done" role="status" tabindex="-1" autofocus="">事業者コードを発行しました。申請者へメールで通知します。</p>');
    const unknown = await (await getWithCookie(`/staff/applications/${applicationId}?done=toString`, suite.cookie)).text();
    expect(unknown).not.toContain('role="status"');
    await handle.terminate('test finished');
  });
});

describe('期限', () => {
  it('shows when the wait ends: in 加入申請一覧 and 加入申請詳細 to staff, and the 本申請 one to the applicant', async () => {
    const { applicationId, handle, receiptNumber } = await provisionallyApplied(suite.client, 'deadline-page');
    const deadlineOf = async () => (await suite.db.models.MembershipApplication.findByPk(applicationId, { rejectOnEmpty: true })).deadlineAt as Date;
    const deadlineShown = async () => formatDateTime(await deadlineOf());
    const codeDeadline = await deadlineShown();
    const list = await (await getWithCookie(`/staff/applications?q=${receiptNumber}`, suite.cookie)).text();
    expect(list).toContain('<th scope="col">期限</th>');
    // The list has room for the day alone.
    expect(list).toContain(`<td class="nowrap">${formatDate(await deadlineOf())}</td>`);
    const detail = await (await getWithCookie(`/staff/applications/${applicationId}`, suite.cookie)).text();
    expect(detail).toContain(`<dt>期限</dt><dd>${codeDeadline}（事業者コードの発行がなければ期限切れになります）</dd>`);
    // Before the code the applicant has nothing to do by a date.
    const statusUrl = statusPath(testConfig().appSecret, receiptNumber);
    expect(await (await fetch(webUrl(statusUrl))).text()).not.toContain('期限');

    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: uniqueBusinessCode(), staff: 'staff01' }] });
    const finalDeadline = await deadlineShown();
    expect(await (await getWithCookie(`/staff/applications/${applicationId}`, suite.cookie)).text()).toContain(`<dt>期限</dt><dd>${finalDeadline}（加入(本)申請がなければ期限切れになります）</dd>`);
    expect(await (await fetch(webUrl(statusUrl))).text()).toContain(`<dt>加入(本)申請の期限</dt><dd>${finalDeadline}</dd>`);
    await handle.terminate('test finished');
  });
});

/** The form id of the page's staff forms, as the browser sends it back. */
async function formIdOf(applicationId: string): Promise<string> {
  const html = await (await getWithCookie(`/staff/applications/${applicationId}`, suite.cookie)).text();
  const formId = /name="formId" value="([0-9a-f-]{36})"/.exec(html)?.[1];
  if (!formId) throw new Error('no formId on the page');
  return formId;
}

describe('a staff step', () => {
  it('asks before issuing a 事業者コード, showing it back; 戻る keeps it in the field', async () => {
    const { applicationId, receiptNumber, handle } = await provisionallyApplied(suite.client, 'staff');
    const businessCode = uniqueBusinessCode();
    const formId = await formIdOf(applicationId);
    const path = `/staff/applications/${applicationId}/business-code`;
    const issuedCode = async () => (await suite.db.models.MembershipApplication.findByPk(applicationId))?.businessCode;

    const asked = await postForm(path, { businessCode, formId }, { cookie: suite.cookie });
    expect(asked.status).toBe(200);
    const confirmation = await asked.text();
    expect(confirmation).toContain('<h1>事業者コード発行の確認</h1>');
    expect(confirmation).toMatch(new RegExp(`受付番号 ${receiptNumber}（[^）]+）の加入申請に事業者コード ${businessCode} を発行します。よろしいですか。`));
    expect(confirmation).toContain('事業者コードは申請者の管理者①へメールで通知します。発行した事業者コードは変更できません。');
    expect(confirmation).toContain(`<dt>事業者コード</dt><dd class="reason">${businessCode}</dd>`);
    expect(confirmation).toContain('<button type="submit" name="confirmed" value="back" class="button secondary">戻る</button><button type="submit" name="confirmed" value="yes">事業者コード発行</button>');
    expect(await issuedCode()).toBeNull();

    const back = await postForm(path, { businessCode, formId, confirmed: 'back' }, { cookie: suite.cookie, 'HX-Request': 'true', 'HX-Request-Type': 'full' });
    expect(back.status).toBe(200);
    expect(back.headers.get('HX-Reswap')).toBe('innerHTML show:top showTarget:.panel.business-code');
    const form = await back.text();
    expect(form).toMatch(new RegExp(`name="businessCode"[^>]*value="${businessCode}"[^>]*autofocus=""`));
    expect(await issuedCode()).toBeNull();
    const reopened = await getWithCookie(path, suite.cookie);
    expect([reopened.status, reopened.headers.get('location')]).toEqual([303, `/staff/applications/${applicationId}`]);

    const issued = await postForm(path, { businessCode, formId, confirmed: 'yes' }, { cookie: suite.cookie });
    expect(issued.headers.get('location')).toBe(`/staff/applications/${applicationId}?done=code`);
    expect(await issuedCode()).toBe(businessCode);
    await handle.terminate('test finished');
  });

  it('asks before deciding: nothing changes until the decision is confirmed, and 戻る keeps the reason', async () => {
    const { applicationId, receiptNumber } = await provisionallyApplied(suite.client, 'staff');
    const reason = '事業者の認可が確認できないため';
    const formId = await formIdOf(applicationId);
    const path = `/staff/applications/${applicationId}/decision`;
    const status = async () => (await suite.db.models.MembershipApplication.findByPk(applicationId))?.status;

    // Before the code only 却下 is offered: 承認 asked from a page left open is told at once.
    const early = await postForm(path, { decision: 'approve', formId }, { cookie: suite.cookie });
    expect(early.status).toBe(409);
    const earlyPage = await early.text();
    expect(earlyPage).toContain('この申請は承認できる状態ではありません。');
    expect(earlyPage).not.toContain('承認の確認');

    const asked = await postForm(path, { decision: 'reject', reason, formId }, { cookie: suite.cookie });
    expect(asked.status).toBe(200);
    const confirmation = await asked.text();
    expect(confirmation).toContain('<h1>却下の確認</h1>');
    expect(confirmation).toMatch(new RegExp(`受付番号 ${receiptNumber}（[^）]+）の加入申請を却下します。よろしいですか。`));
    expect(confirmation).toContain('却下の理由を申請者へメールで通知します。事業者コードの発行前のため、この申請は終了します。');
    expect(confirmation).toContain(`<dd class="reason">${reason}</dd>`);
    expect(confirmation).toContain(`name="formId" value="${formId}"`);
    expect(confirmation).toContain('<button type="submit" name="confirmed" value="back" class="button secondary">戻る</button><button type="submit" name="confirmed" value="yes" class="button danger">却下</button>');
    expect(await status()).toBe('provisional_submitted');

    const back = await postForm(path, { decision: 'reject', reason, formId, confirmed: 'back' }, { cookie: suite.cookie });
    expect(back.status).toBe(200);
    const panel = await back.text();
    expect(panel).toContain(`autofocus="" aria-describedby="field-reason-hint">${reason}</textarea>`);
    expect(panel).toContain(`name="formId" value="${formId}"`);
    expect(await status()).toBe('provisional_submitted');
    // htmx shows that answer from the panel, far down its page, instead of from the top.
    const boostedBack = await postForm(path, { decision: 'reject', reason, formId, confirmed: 'back' }, { cookie: suite.cookie, 'HX-Request': 'true', 'HX-Request-Type': 'full' });
    expect(boostedBack.headers.get('HX-Reswap')).toBe('innerHTML show:top showTarget:.panel.decision');

    // The confirmation's address, opened again by GET (a reload, Back), leads to the application.
    const reopened = await getWithCookie(path, suite.cookie);
    expect([reopened.status, reopened.headers.get('location')]).toEqual([303, `/staff/applications/${applicationId}`]);

    const decided = await postForm(path, { decision: 'reject', reason, formId, confirmed: 'yes' }, { cookie: suite.cookie });
    expect(decided.headers.get('location')).toBe(`/staff/applications/${applicationId}?done=reject`);
    expect(await status()).toBe('rejected');
  });
});

describe('a staff form pressed twice', () => {
  it('is one step: both posts are answered with it, and one event is recorded', async () => {
    const { applicationId, handle } = await provisionallyApplied(suite.client, 'staff');
    const formId = await formIdOf(applicationId);
    const businessCode = uniqueBusinessCode();
    const issued = await Promise.all([1, 2].map(() => postForm(`/staff/applications/${applicationId}/business-code`, { businessCode, formId, confirmed: 'yes' }, { cookie: suite.cookie })));
    expect(issued.map((r) => [r.status, r.headers.get('location')])).toEqual([1, 2].map(() => [303, `/staff/applications/${applicationId}?done=code`]));
    expect(await suite.db.models.MembershipApplicationEvent.count({ where: { applicationId, kind: 'code_issued' } })).toBe(1);
    await handle.terminate('test finished');
  });

  it('is one decision after the first has been recorded, too', async () => {
    const { applicationId } = await provisionallyApplied(suite.client, 'staff');
    const form = { decision: 'reject', reason: '事業者の認可が確認できないため', formId: await formIdOf(applicationId), confirmed: 'yes' };
    const first = await postForm(`/staff/applications/${applicationId}/decision`, form, { cookie: suite.cookie });
    const second = await postForm(`/staff/applications/${applicationId}/decision`, form, { cookie: suite.cookie });
    expect([first, second].map((r) => [r.status, r.headers.get('location')])).toEqual([1, 2].map(() => [303, `/staff/applications/${applicationId}?done=reject`]));
    expect(await suite.db.models.MembershipApplicationEvent.count({ where: { applicationId, kind: 'rejected' } })).toBe(1);
    // Said the same way after a change request's decision, whose mail goes to the member's 管理者.
    expect(await (await getWithCookie(first.headers.get('location') ?? '', suite.cookie)).text()).toContain('却下しました。理由をメールで通知します。');
  });
});

describe('加入申請一覧 a page at a time', () => {
  const tag = randomCode(6);
  const REVIEW = '審査待ち';
  const WAITING = '申請者の本申請待ち：コード発行済み・保留・却下';
  let review: string[];
  let waiting: string[];

  /**
   * `count` applications with a 受付番号, last changed in 2100: after every real application of
   * the run, so other tests still find theirs on the first page, and never among the oldest items
   * that the dashboard and the staff digest pick.
   */
  async function queued(status: 'under_review' | 'on_hold', count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await suite.db.models.MembershipApplication.bulkCreate(
      ids.map((id, n) => ({
        id, companyName: `頁送り電力${tag}`, contactName: '頁送り 太郎', email: uniqueEmail('paging'), status,
        linkExpiresAt: new Date(), receiptNumber: `P-${tag}-${status === 'on_hold' ? 'H' : 'R'}${n}`,
      })),
    );
    await suite.db.sequelize.query("UPDATE membership_applications SET updated_at = '2100-01-01T00:00:00Z' WHERE id IN (:ids)", { replacements: { ids } });
    return ids;
  }

  const underReview = () => suite.db.models.MembershipApplication.count({ where: { status: 'under_review', receiptNumber: { [Op.ne]: null } } });
  const page = (path: string) => pageHtml(path, suite.cookie);

  beforeAll(async () => {
    review = await queued('under_review', 60);
    waiting = await queued('on_hold', 51);
  });
  afterAll(() => suite.db.models.MembershipApplication.destroy({ where: { id: [...review, ...waiting] } }));

  it('shows 50 rows with the true total, and the rest along 次へ', async () => {
    const before = await underReview();
    const first = sectionOf(await page('/staff/applications'), REVIEW);
    const after = await underReview();
    const total = headingTotal(first);
    expect(total).toBeGreaterThanOrEqual(Math.max(before, 60));
    expect(total).toBeLessThanOrEqual(after);
    expectFirstPage(first, REVIEW, '/staff/applications?review=2');
    expect(pagerLink(first, '前へ')).toBeNull();

    const pages = await followSection('/staff/applications', REVIEW, '/staff/applications/', suite.cookie);
    expectEveryRowAlongPages(pages, review);
    const second = sectionOf(await page('/staff/applications?review=2'), REVIEW);
    expect(second).toContain(`件中 51〜${Math.min(100, headingTotal(second))}件を表示しています。`);
    expect(pagerLink(second, '前へ')).toBe('/staff/applications');
  });

  it("keeps the other sections' pages in each section's links", async () => {
    const html = await page('/staff/applications?review=2&waiting=2');
    const reviewSection = sectionOf(html, REVIEW);
    const waitingSection = sectionOf(html, WAITING);
    expect(headingTotal(waitingSection)).toBeGreaterThanOrEqual(51);
    expect(pagerPosition(reviewSection).page).toBe(2);
    expect(pagerPosition(waitingSection).page).toBe(2);
    expect(pagerLink(reviewSection, '前へ')).toBe('/staff/applications?waiting=2');
    expect(pagerLink(waitingSection, '前へ')).toBe('/staff/applications?review=2');
    expect(html).toContain(`<nav class="pager" aria-label="${WAITING}のページ">`);
  });

  it('answers a bad page number with the first or the last page', async () => {
    for (const bad of ['abc', '-5', '0', '']) {
      const section = sectionOf(await page(`/staff/applications?review=${bad}`), REVIEW);
      expect(pagerPosition(section).page, bad).toBe(1);
    }
    const last = sectionOf(await page('/staff/applications?review=99999'), REVIEW);
    const { page: shown, pages } = pagerPosition(last);
    expect(shown).toBe(pages);
    expect(pagerLink(last, '次へ')).toBeNull();
    expect(rowIds(last, '/staff/applications/').length).toBeGreaterThan(0);
    expect(last).toContain(`件中 ${(pages - 1) * 50 + 1}〜${headingTotal(last)}件を表示しています。`);
    expect((await getWithCookie(`/staff/applications?review=${'9'.repeat(400)}&waiting=%FF`, suite.cookie)).status).toBe(200);
  });
});

describe('加入申請一覧 by 状況', () => {
  const tag = randomCode(6);
  const EXPIRED = '期限切れ';
  let approved: string[];
  let expired: string[];

  /** `count` applications in `status`, one a minute apart from 2100-01-01 (after every real one), oldest first. */
  async function finished(status: 'approved' | 'expired', count: number): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await suite.db.models.MembershipApplication.bulkCreate(
      ids.map((id, n) => ({
        id, companyName: `状況別電力${tag}`, contactName: '状況 太郎', email: uniqueEmail('by-status'), status,
        linkExpiresAt: new Date(), receiptNumber: `S-${tag}-${status === 'approved' ? 'A' : 'E'}${n}`,
      })),
    );
    for (const [n, id] of ids.entries()) {
      await suite.db.sequelize.query('UPDATE membership_applications SET updated_at = :at WHERE id = :id', { replacements: { id, at: new Date(Date.UTC(2100, 0, 1, 0, n)) } });
    }
    return ids;
  }

  const page = (path: string) => pageHtml(path, suite.cookie);

  beforeAll(async () => {
    approved = await finished('approved', 3);
    expired = await finished('expired', 51);
  });
  afterAll(() => suite.db.models.MembershipApplication.destroy({ where: { id: [...approved, ...expired] } }));

  it('shows the finished applications of one 状況, most recent first, as the only section', async () => {
    const html = await page('/staff/applications?status=approved');
    const section = sectionOf(html, '承認');
    expect(rowIds(section, '/staff/applications/').slice(0, 3)).toEqual([...approved].reverse());
    expect(html).toContain('更新日時の新しい順に表示しています。');
    expect(html).not.toContain('<h2>審査待ち（');
    expect(html).toContain('<option value="approved" selected="">承認</option>');
  });

  it('keeps the 状況 along the pager', async () => {
    const first = sectionOf(await page('/staff/applications?status=expired'), EXPIRED);
    expectFirstPage(first, EXPIRED, '/staff/applications?status=expired&page=2');
    const pages = await followSection('/staff/applications?status=expired', EXPIRED, '/staff/applications/', suite.cookie);
    expectEveryRowAlongPages(pages, expired);
    expect(pages[0]?.slice(0, 50)).toEqual([...expired].reverse().slice(0, 50));
    expect(pagerLink(sectionOf(await page('/staff/applications?status=expired&page=2'), EXPIRED), '前へ')).toBe('/staff/applications?status=expired');
  });

  it('lists an open 状況 oldest first', async () => {
    const html = await page('/staff/applications?status=under_review');
    expect(html).toContain('<h2>本申請済み（審査中）（');
    expect(html).toContain('更新日時の古い順に表示しています。');
  });

  it('offers every 状況 from 加入(仮)申請 on, and shows the open work for any other value', async () => {
    const html = await page('/staff/applications');
    expect(html).toContain('<option value="" selected="">対応中の申請（区分ごと）</option>');
    for (const status of ['provisional_submitted', 'code_issued', 'under_review', 'on_hold', 'rejected', 'approved', 'expired']) expect(html).toContain(`<option value="${status}"`);
    for (const status of ['link_sent', 'link_expired']) expect(html).not.toContain(`<option value="${status}"`);
    for (const other of ['link_sent', 'toString', '']) {
      const shown = await page(`/staff/applications?status=${other}`);
      expect(shown, other).toContain('<h2>事業者コード発行待ち（');
      expect(shown, other).toContain('<h2>審査待ち（');
    }
  });
});

describe('an application rejected before its 事業者コード', () => {
  let cookie: string;
  const tag = randomCode(6);
  const WAITING = '申請者の本申請待ち：コード発行済み・保留・却下';
  let ended: string;
  let correctable: string;

  beforeAll(async () => {
    const account = await createStaffAccount(suite.db);
    cookie = await staffCookie(account.loginId, account.password);
    [ended, correctable] = [randomUUID(), randomUUID()];
    await suite.db.models.MembershipApplication.bulkCreate([
      { id: ended, companyName: `終了電力${tag}`, contactName: '終了 太郎', email: uniqueEmail('ended'), status: 'rejected', linkExpiresAt: new Date(), receiptNumber: `R-${tag}-E` },
      { id: correctable, companyName: `再申請電力${tag}`, contactName: '再申請 太郎', email: uniqueEmail('correctable'), status: 'rejected', linkExpiresAt: new Date(), receiptNumber: `R-${tag}-C`, businessCode: uniqueBusinessCode() },
    ]);
  });
  afterAll(() => suite.db.models.MembershipApplication.destroy({ where: { id: [ended, correctable] } }));

  it('has ended: it is not among the applications waiting for the applicant, only under 状況 却下', async () => {
    const waiting = (await followSection('/staff/applications', WAITING, '/staff/applications/', cookie)).flat();
    expect(waiting).toContain(correctable);
    expect(waiting).not.toContain(ended);
    const rejected = (await followSection('/staff/applications?status=rejected', '却下', '/staff/applications/', cookie)).flat();
    expect(rejected).toEqual(expect.arrayContaining([ended, correctable]));
  });
});

describe('加入申請一覧 searched', () => {
  let cookie: string;
  const tag = randomCode(6);
  const businessCode = uniqueBusinessCode();
  let rows: string[];

  beforeAll(async () => {
    const account = await createStaffAccount(suite.db);
    cookie = await staffCookie(account.loginId, account.password);
    rows = Array.from({ length: 3 }, () => randomUUID());
    await suite.db.models.MembershipApplication.bulkCreate(
      rows.map((id, n) => ({
        id, companyName: `検索対象電力${tag}株式会社`, contactName: '検索 太郎', email: uniqueEmail('app-search'), status: n === 2 ? 'approved' : 'under_review',
        linkExpiresAt: new Date(), receiptNumber: `Q-${tag}-${n}`, ...(n === 1 ? { businessCode } : {}),
      })),
    );
  });
  afterAll(() => suite.db.models.MembershipApplication.destroy({ where: { id: rows } }));

  const found = async (query: string) => rowIds(sectionOf(await pageHtml(`/staff/applications?${query}`, cookie), '検索結果'), '/staff/applications/');

  it('finds an application by its 受付番号 however typed, by its 事業者コード, and by part of its 会社名', async () => {
    const { applicationId, receiptNumber } = await provisionallyApplied(suite.client, 'staff');
    const typed = receiptNumber.replace(/-/g, '').toLowerCase().replace(/[0-9a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    expect(await found(`q=${encodeURIComponent(typed)}`)).toEqual([applicationId]);
    expect(await found(`q=${businessCode.toLowerCase()}`)).toEqual([rows[1]]);
    expect(new Set(await found(`q=${encodeURIComponent(`対象電力${tag}`)}`))).toEqual(new Set(rows));
    // With a 状況 as well, and kept along the pager and in the field.
    expect(new Set(await found(`q=${encodeURIComponent(tag)}&status=under_review`))).toEqual(new Set(rows.slice(0, 2)));
    const html = await pageHtml(`/staff/applications?q=${encodeURIComponent(tag)}&status=approved`, cookie);
    expect(html).toContain(`value="${tag}"`);
    expect(html).toContain('<option value="approved" selected="">承認</option>');
  });

  it('says when nothing is found, and treats % and _ literally', async () => {
    const html = await pageHtml('/staff/applications?q=%25_', cookie);
    expect(html).toContain('<h2>検索結果（0件）</h2>');
  });
});

describe('a resubmitted 本申請', () => {
  it('is decided beside the 保留 it answers, not after a first 本申請', async () => {
    const account = await createStaffAccount(suite.db);
    const cookie = await staffCookie(account.loginId, account.password);
    const { applicationId, handle } = await provisionallyApplied(suite.client, 'staff');
    const data = sampleApplication(uniqueEmail('resubmitted-admin1'));
    const businessCode = uniqueBusinessCode();
    await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: account.loginId }] });
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }] });
    const page = () => getWithCookie(`/staff/applications/${applicationId}`, cookie).then((r) => r.text());
    expect(await page()).not.toContain('再申請されました。');
    await handle.executeUpdate(holdApplicationUpdate, { args: [{ staff: account.loginId, reason: '代表者肩書をご確認ください。' }] });
    await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }] });
    expect(await page()).toContain('<p class="answered-decision">再申請されました。前回の保留理由：代表者肩書をご確認ください。</p>');
    await handle.terminate('test finished');
  });
});

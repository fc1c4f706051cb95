// 承認・保留・却下 in the staff console: one decision panel, the same on 加入申請詳細 and on
// 会員情報変更申請 審査, placed after what is decided on and before the history; the three buttons
// styled apart; 理由 marked as required for 保留・却下; a refusal kept beside the field.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createStaffAccount, randomCode, sampleCompany, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { sampleApplication } from '../support/joining';
import { pageHtml } from '../support/paged-sections';
import { testDatabase, uniqueEmail } from '../support/stack';

let db: Database;
let cookie: string;
const underReview = randomUUID();
const awaitingCode = randomUUID();
const requestId = randomUUID();

/** An application as the workflow leaves it after 加入(仮)申請, in `status`. */
async function application(id: string, status: 'under_review' | 'provisional_submitted'): Promise<void> {
  const email = uniqueEmail('decision-panel');
  await db.models.MembershipApplication.create({
    id, companyName: '審査画面電力株式会社', contactName: '審査 太郎', email, status, linkExpiresAt: new Date(),
    receiptNumber: `D-${randomCode(4)}-${randomCode(4)}`, provisionalData: sampleApplication(email),
  });
}

/** The decision form, from its opening tag to its end. */
function panelOf(html: string): string {
  const marker = html.indexOf('class="panel decision"');
  if (marker < 0) throw new Error('no decision panel');
  return html.slice(html.lastIndexOf('<form', marker), html.indexOf('</form>', marker) + '</form>'.length);
}

/** Positions of `markers` in the page, each expected once. */
function positions(html: string, markers: string[]): number[] {
  return markers.map((marker) => {
    const at = html.indexOf(marker);
    if (at < 0) throw new Error(`no ${marker}`);
    return at;
  });
}

beforeAll(async () => {
  db = testDatabase();
  const staff = await createStaffAccount(db);
  cookie = await staffCookie(staff.loginId, staff.password);
  await application(underReview, 'under_review');
  await application(awaitingCode, 'provisional_submitted');
  const member = await createMemberWithAdmin(db);
  await db.models.ChangeRequest.create({
    id: requestId, businessCode: member.businessCode, kind: 'change', status: 'under_review',
    requestedCompany: sampleCompany(`${member.companyName}改`), successor: null, submittedBy: 'user:decision-panel', submittedAt: new Date(),
  });
});
afterAll(async () => {
  await db.models.ChangeRequest.destroy({ where: { id: requestId } });
  await db.models.MembershipApplication.destroy({ where: { id: [underReview, awaitingCode] } });
  await db.close();
});

describe('the decision panel', () => {
  it('on 加入申請詳細 comes after the summary and 申請内容, and before the history', async () => {
    const html = await pageHtml(`/staff/applications/${underReview}`, cookie);
    const order = positions(html, ['<dt>加入申請受付番号</dt>', '<h2>申請内容</h2>', '<h3>会社情報</h3>', 'class="panel decision"', '<h2>これまでの経過</h2>', '一覧へ戻る']);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('on 会員情報変更申請 審査 comes after the comparison, and before the history', async () => {
    const html = await pageHtml(`/staff/changes/${requestId}`, cookie);
    const order = positions(html, ['<dt>事業者コード</dt>', '会社情報（現在と申請内容）', 'class="panel decision"', '<h2>これまでの経過</h2>', '一覧へ戻る']);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('is the same on both screens but for where it posts and who is told the reason', async () => {
    const application = panelOf(await pageHtml(`/staff/applications/${underReview}`, cookie));
    const request = panelOf(await pageHtml(`/staff/changes/${requestId}`, cookie));
    expect(application).toContain(`action="/staff/applications/${underReview}/decision"`);
    expect(request).toContain(`action="/staff/changes/${requestId}/decision"`);
    expect(application).toContain('理由は申請者へメールで通知します。');
    expect(request).toContain('理由は会員の管理者へメールで通知します。');
    // Each page's form carries an id of its own (a decision pressed twice is one).
    const common = (panel: string) =>
      panel.replace(/action="[^"]*"/, '').replace(/理由は[^<]*へメールで通知します。/, '').replace(/name="formId" value="[0-9a-f-]{36}"/, '');
    expect(common(application)).toBe(common(request));

    expect(application).toContain('<h2>審査</h2>');
    expect(application).toContain('<label for="field-reason">理由</label><span class="mark required">保留・却下は必須</span>');
    expect(application).toContain('<p class="hint" id="field-reason-hint">※保留・却下の場合は必須です。');
    // 承認 the primary button, 保留 secondary, 却下 the cautionary one; each a plain submit of its decision.
    expect(application).toContain(
      '<div class="actions"><button type="submit" name="decision" value="approve">承認</button>'
        + '<button type="submit" name="decision" value="hold" class="button secondary">保留</button>'
        + '<button type="submit" name="decision" value="reject" class="button danger">却下</button></div>',
    );
  });

  it('ends both screens with the same way back to their list', async () => {
    expect(await pageHtml(`/staff/applications/${underReview}`, cookie)).toContain('<p class="actions"><a class="button secondary" href="/staff/applications">一覧へ戻る</a></p>');
    expect(await pageHtml(`/staff/changes/${requestId}`, cookie)).toContain('<p class="actions"><a class="button secondary" href="/staff/changes">一覧へ戻る</a></p>');
  });

  it('offers 却下 alone before the 事業者コード, its reason marked required, after 事業者コード発行', async () => {
    const html = await pageHtml(`/staff/applications/${awaitingCode}`, cookie);
    const panel = panelOf(html);
    expect(panel).toContain('<h2>却下</h2>');
    expect(panel).toContain('<span class="mark required">却下は必須</span>');
    expect(panel).toContain('※却下の場合は必須です。');
    expect(panel).not.toContain('value="approve"');
    expect(panel).not.toContain('value="hold"');
    const order = positions(html, ['<h2>申請内容</h2>', '<h2>事業者コード発行</h2>', 'class="panel decision"', '<h2>これまでの経過</h2>']);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('answers a 保留 without reason in place: the reason marked invalid, described by its hint and the error', async () => {
    for (const path of [`/staff/applications/${underReview}`, `/staff/changes/${requestId}`]) {
      const response = await postForm(`${path}/decision`, { decision: 'hold', reason: ' ' }, { cookie });
      expect(response.status, path).toBe(422);
      const panel = panelOf(await response.text());
      expect(panel, path).toContain('aria-invalid="true" aria-describedby="field-reason-hint field-reason-error"');
      expect(panel, path).toContain('<p class="error" id="field-reason-error" role="alert">保留の理由を入力してください。</p>');
    }
  });
});

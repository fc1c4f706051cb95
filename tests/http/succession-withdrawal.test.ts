// 承継 (第6章) and 脱退 (第7章) over HTTP on the real stack: the confirmation without JavaScript,
// one pending request at a time under concurrency, the review loop, and an approved end that
// completes the member workflow, ends every session and refuses login with a clear message.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { member, memberWorkflowId } from '../../workflows/member';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie } from '../support/auth';
import { postForm } from '../support/http';
import { waitForMail } from '../support/mail-inbox';
import { testConfig, webUrl } from '../support/stack';
import { staffSuite } from '../support/staff-suite';

const suite = staffSuite();

async function administrator() {
  const m = await createMemberWithAdmin(suite.db);
  const handle = await suite.client.workflow.start(member, {
    taskQueue: testConfig().temporal.taskQueue,
    workflowId: memberWorkflowId(m.businessCode),
    args: [{ businessCode: m.businessCode, companyName: m.companyName, applicationId: randomUUID() }],
  });
  return { ...m, handle, cookie: await memberCookie(m.businessCode, m.userId, m.password) };
}

function decide(requestId: string, decision: 'approve' | 'hold' | 'reject', reason = '') {
  return postForm(`/staff/changes/${requestId}/decision`, { decision, reason, confirmed: 'yes' }, { cookie: suite.cookie });
}

describe('脱退', () => {
  it('asks for confirmation on a page of its own, then on 承認 ends the membership, its sessions and its logins', async () => {
    const m = await administrator();
    const tanto = await createPersonInCharge(suite.db, m.businessCode);
    const tantoCookie = await memberCookie(m.businessCode, tanto.userId, tanto.password);
    const requestId = randomUUID();
    const confirm = await postForm('/member/changes/ending', { requestId, action: 'withdrawal', successorCode: '', successorName: '' }, { cookie: m.cookie });
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('<h1>脱退の確認</h1>');
    expect(page).toContain('「脱退」の場合、広域機関会員ではなくなるため申請の際はご注意ください');
    expect(page).toContain(`name="requestId" value="${requestId}"`);
    // 戻る leads to the 承継・脱退 section of the form; 脱退 wears the caution colour.
    expect(page).toContain('<a class="button secondary" href="/member/changes/new#ending-heading">戻る</a><button type="submit" class="button danger">脱退</button>');
    expect(await suite.db.models.ChangeRequest.count({ where: { businessCode: m.businessCode } })).toBe(0);

    const submitted = await postForm('/member/changes/withdrawal', { requestId }, { cookie: m.cookie });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('location')).toBe(`/member/changes/${requestId}?submitted`);
    const review = await (await getWithCookie(`/staff/changes/${requestId}`, suite.cookie)).text();
    expect(review).toContain('<dd>脱退</dd>');
    expect(review).toContain('承認すると、この会員は広域機関会員ではなくなり');

    // The staff's 承認 is confirmed first, saying what it ends; until then the member is as it was.
    const asked = await postForm(`/staff/changes/${requestId}/decision`, { decision: 'approve', reason: '' }, { cookie: suite.cookie });
    expect(asked.status).toBe(200);
    const confirmation = await asked.text();
    expect(confirmation).toContain('<h1>承認の確認</h1>');
    expect(confirmation).toContain(`事業者コード ${m.businessCode}（${m.companyName}）の脱退の申請を承認します。よろしいですか。`);
    expect(confirmation).toContain('承認するとこの会員の会員資格は終了し、会員の管理者へメールで通知します。取り消すことはできません。');
    expect((await suite.db.models.Member.findByPk(m.businessCode))?.status).toBe('active');

    expect((await decide(requestId, 'approve')).status).toBe(303);
    const ended = await suite.db.models.Member.findByPk(m.businessCode);
    expect(ended?.status).toBe('withdrawn');
    expect(ended?.endedAt).not.toBeNull();
    expect(await m.handle.result()).toMatchObject({ status: 'withdrawn', endedBy: requestId });
    const mail = await waitForMail(m.email);
    expect(mail.subject).toContain('脱退申請承認');

    for (const cookie of [m.cookie, tantoCookie]) {
      const response = await getWithCookie('/member', cookie);
      expect(response.status).toBe(303);
      // Logged in when staff approved: their next page says why they are logged out.
      expect(response.headers.get('location')).toBe('/login?ended');
    }
    expect(await (await fetch(webUrl('/login?ended'))).text()).toContain('会員資格が終了しているため（承継または脱退）');
    const login = await postForm('/login', { businessCode: m.businessCode, userId: m.userId, password: m.password });
    expect(login.status).toBe(403);
    expect(await login.text()).toContain('会員資格が終了しているため（承継または脱退）、本システムはご利用いただけません。');
    const [entry] = await suite.db.models.MemberAuditEntry.findAll({ where: { businessCode: m.businessCode, action: 'membership_ended' } });
    expect(entry?.requestId).toBe(requestId);
  });
});

/** The 承継・脱退に関する申請 section of a 会員情報変更申請 page. */
function endingSection(html: string): string {
  return html.slice(html.indexOf('<h2 id="ending-heading">'));
}

describe('承継', () => {
  it('asks for confirmation on a page of its own, whose 承継 sends the request', async () => {
    const m = await administrator();
    const form = await (await getWithCookie('/member/changes/new', m.cookie)).text();
    expect(form).toContain('<button type="submit" name="action" value="succession" formaction="/member/changes/succession-confirmation" class="button danger">承継</button>');

    const requestId = randomUUID();
    const confirm = await postForm('/member/changes/succession-confirmation', { requestId, action: 'succession', successorCode: 'xy12', successorName: '承継電力株式会社' }, { cookie: m.cookie });
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('<h1>承継の確認</h1>');
    expect(page).toContain('「承継」の場合、広域機関会員ではなくなるため申請の際はご注意ください');
    expect(page).toContain('<dt>承継事業者コード</dt><dd>XY12</dd><dt>承継事業者名</dt><dd>承継電力株式会社</dd>');
    expect(page).toContain('<form hx-boost="true" method="post" action="/member/changes/ending">');
    for (const hidden of [`name="requestId" value="${requestId}"`, 'name="successorCode" value="XY12"', 'name="successorName" value="承継電力株式会社"']) expect(page).toContain(hidden);
    expect(await suite.db.models.ChangeRequest.count({ where: { businessCode: m.businessCode } })).toBe(0);

    // 戻る brings the form back at the 承継 section, with the successor as it was typed.
    const back = /<a class="button secondary" href="([^"]+)">戻る<\/a><button type="submit" name="action" value="succession" class="button danger">承継<\/button>/.exec(page)?.[1]?.replaceAll('&amp;', '&');
    expect(back).toBe(`/member/changes/new?${new URLSearchParams({ successorCode: 'XY12', successorName: '承継電力株式会社' })}#ending-heading`);
    const again = endingSection(await (await getWithCookie(back ?? '', m.cookie)).text());
    expect(again).toContain('name="successorCode" type="text" value="XY12"');
    expect(again).toContain('name="successorName" type="text" value="承継電力株式会社"');
    expect(again).not.toContain('error-summary');

    const submitted = await postForm('/member/changes/ending', { requestId, successorCode: 'XY12', successorName: '承継電力株式会社', action: 'succession' }, { cookie: m.cookie });
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('location')).toBe(`/member/changes/${requestId}?submitted`);
    expect((await suite.db.models.ChangeRequest.findByPk(requestId))?.kind).toBe('succession');
    await m.handle.terminate('test finished');
  });

  it('leads the addresses its posts leave in the address bar, opened again, to the 承継・脱退 section', async () => {
    const m = await administrator();
    for (const path of ['/member/changes/succession-confirmation', '/member/changes/ending', '/member/changes/withdrawal']) {
      const opened = await getWithCookie(path, m.cookie);
      expect(opened.status, path).toBe(303);
      expect(opened.headers.get('location'), path).toBe('/member/changes/new#ending-heading');
    }
    await m.handle.terminate('test finished');
  });

  it('shows a refused 承継 with a summary at the top of its section, from the confirmation as from the request', async () => {
    const m = await administrator();
    for (const path of ['/member/changes/succession-confirmation', '/member/changes/ending']) {
      const missing = await postForm(path, { requestId: randomUUID(), action: 'succession', successorCode: '', successorName: '' }, { cookie: m.cookie });
      expect(missing.status, path).toBe(422);
      const section = endingSection(await missing.text());
      expect(section, path).toMatch(/^<h2 id="ending-heading">承継・脱退に関する申請<\/h2><div class="form-error error-summary" role="alert" tabindex="-1" autofocus="">/);
      expect(section, path).toContain('<a href="#field-successorCode-error">承継事業者コードを入力してください。</a>');
      expect(section, path).toContain('<a href="#field-successorName-error">承継事業者名を入力してください。</a>');
    }
    const own = await postForm('/member/changes/succession-confirmation', { requestId: randomUUID(), action: 'succession', successorCode: m.businessCode, successorName: '承継電力株式会社' }, { cookie: m.cookie });
    expect(own.status).toBe(422);
    const ownSection = endingSection(await own.text());
    expect(ownSection).toContain('承継でなく変更にて手続きください');
    expect(ownSection).toContain('value="承継電力株式会社"');

    // Refused for an open request (sent from a form shown before it): said in the section, which
    // now links the open request instead of offering 承継/脱退.
    expect((await postForm('/member/changes/withdrawal', { requestId: randomUUID() }, { cookie: m.cookie })).status).toBe(303);
    const refused = await postForm('/member/changes/ending', { requestId: randomUUID(), action: 'succession', successorCode: 'XY13', successorName: '承継電力株式会社' }, { cookie: m.cookie });
    expect(refused.status).toBe(409);
    const refusedPage = await refused.text();
    const refusedSection = endingSection(refusedPage);
    expect(refusedSection).toMatch(/^<h2 id="ending-heading">承継・脱退に関する申請<\/h2><div class="form-error error-summary" role="alert" tabindex="-1" autofocus=""><p>審査中（保留・却下を含む）の申請があるため/);
    expect(refusedSection).toContain('審査中の申請を見る</a>');
    expect(refusedSection).not.toContain('value="succession"');
    expect(refusedPage.slice(0, refusedPage.indexOf('<h2 id="ending-heading">'))).not.toContain('error-summary');
    await m.handle.terminate('test finished');
  });

  it('needs 承継事業者コード and 承継事業者名, refuses the own code as a 変更, and goes through 却下 and resubmission to 承認', async () => {
    const m = await administrator();
    const missing = await postForm('/member/changes/ending', { requestId: randomUUID(), action: 'succession', successorCode: '', successorName: '' }, { cookie: m.cookie });
    expect(missing.status).toBe(422);
    const missingPage = await missing.text();
    expect(missingPage).toContain('承継事業者コードを入力してください。');
    expect(missingPage).toContain('承継事業者名を入力してください。');
    const own = await postForm('/member/changes/ending', { requestId: randomUUID(), action: 'succession', successorCode: m.businessCode, successorName: '承継電力株式会社' }, { cookie: m.cookie });
    expect(own.status).toBe(422);
    const ownPage = await own.text();
    expect(ownPage).toContain('承継でなく変更にて手続きください');
    expect(ownPage).toContain('value="承継電力株式会社"');

    const requestId = randomUUID();
    const submitted = await postForm('/member/changes/ending', { requestId, action: 'succession', successorCode: 'zz99', successorName: '承継電力株式会社' }, { cookie: m.cookie });
    expect(submitted.status).toBe(303);
    expect((await suite.db.models.ChangeRequest.findByPk(requestId))?.successor).toEqual({ businessCode: 'ZZ99', name: '承継電力株式会社' });

    expect((await decide(requestId, 'reject', '承継事業者コードが確認できません。')).status).toBe(303);
    expect((await waitForMail(m.email)).text).toContain('承継事業者コードが確認できません。');
    const detail = await (await getWithCookie(`/member/changes/${requestId}`, m.cookie)).text();
    expect(detail).toContain('却下理由: 承継事業者コードが確認できません。');
    expect(detail).toContain('<button type="submit">再申請</button>');
    const resubmitted = await postForm(`/member/changes/${requestId}/resubmit`, { successorCode: 'ZZ98', successorName: '承継電力株式会社' }, { cookie: m.cookie });
    expect(resubmitted.status).toBe(303);
    expect((await suite.db.models.ChangeRequest.findByPk(requestId))?.successor?.businessCode).toBe('ZZ98');

    expect((await decide(requestId, 'approve')).status).toBe(303);
    expect((await suite.db.models.Member.findByPk(m.businessCode))?.status).toBe('succeeded');
    expect(await m.handle.result()).toMatchObject({ status: 'succeeded' });
    expect((await getWithCookie('/member/info', m.cookie)).status).toBe(303);
  });
});

describe('one 承継/脱退 at a time', () => {
  it('accepts exactly one of a 承継 and a 脱退 sent at the same instant', async () => {
    const m = await administrator();
    const [succession, withdrawal] = await Promise.all([
      postForm('/member/changes/ending', { requestId: randomUUID(), action: 'succession', successorCode: 'YY11', successorName: '承継電力株式会社' }, { cookie: m.cookie }),
      postForm('/member/changes/withdrawal', { requestId: randomUUID() }, { cookie: m.cookie }),
    ]);
    expect([succession.status, withdrawal.status].sort()).toEqual([303, 409]);
    const refused = succession.status === 409 ? await succession.text() : await withdrawal.text();
    expect(refused).toContain('審査中（保留・却下を含む）の申請があるため、新しい申請はできません。');
    const open = await suite.db.models.ChangeRequest.findAll({ where: { businessCode: m.businessCode } });
    expect(open).toHaveLength(1);
    // 取下げ frees the way for a new request.
    expect((await postForm(`/member/changes/${open[0]?.id}/cancel`, {}, { cookie: m.cookie })).status).toBe(303);
    expect((await postForm('/member/changes/withdrawal', { requestId: randomUUID() }, { cookie: m.cookie })).status).toBe(303);
    // A decision on a withdrawn request is refused with the reason.
    const late = await decide(open[0]?.id as string, 'approve');
    expect(late.status).toBe(409);
    expect(await late.text()).toMatch(/この申請は承認できる状態ではありません|この申請の手続きは終了しています/);
    await m.handle.terminate('test finished');
  });
});

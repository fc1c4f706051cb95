// 会員情報変更 (第5章) over HTTP on the real stack: an immediate 管理者 change, a reviewed change
// through 保留 and resubmission to 承認 with the staff comparison, who may do what, and the staff
// list a page at a time per section.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database';
import { toFullWidth } from '../../domain/forms/text';
import { createMemberWithAdmin, createPersonInCharge, createStaffAccount, getWithCookie, memberCookie, randomCode, sampleCompany, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { waitForMail } from '../support/mail-inbox';
import { changeFormEntries, currentData, knownAdmin, postEntries } from '../support/member-changes';
import { expectEveryRowAlongPages, expectFirstPage, followSection, pageHtml, headingTotal, pagerLink, pagerPosition, sectionOf } from '../support/paged-sections';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail } from '../support/stack';
import { member, memberStateQuery, memberWorkflowId } from '../../workflows/member';
import { COMPANY_NAME } from '../../workflows/search-attributes';

let db: Database;
let staff: string;
beforeAll(async () => {
  db = testDatabase();
  const account = await createStaffAccount(db);
  staff = await staffCookie(account.loginId, account.password);
});
afterAll(() => db.close());

async function administrator() {
  const admin = knownAdmin();
  const member = await createMemberWithAdmin(db, { admin });
  return { ...member, admin, cookie: await memberCookie(member.businessCode, member.userId, member.password) };
}

/** A 会員情報変更申請 of `m` changing the 代表電話番号 to `phone`, submitted; its id. */
async function submittedPhoneChange(m: Awaited<ReturnType<typeof administrator>>, phone: string): Promise<string> {
  const data = currentData(m.companyName, m.admin);
  data.company.phone = phone;
  const requestId = randomUUID();
  expect((await postEntries('/member/changes', changeFormEntries(data, requestId), m.cookie)).status).toBe(303);
  return requestId;
}

describe('会員情報変更申請一覧 and the form', () => {
  it('lists requests with search and 新規申請; the form is prefilled and carries the manual notes', async () => {
    const m = await administrator();
    const list = await (await getWithCookie('/member/changes', m.cookie)).text();
    expect(list).toContain('<h1>会員情報変更申請一覧</h1>');
    for (const label of ['申請日（から）', '申請日（まで）', '種別', '状態']) expect(list).toContain(`>${label}</label>`);
    expect(list).toContain('<a class="button" href="/member/changes/new">新規申請</a>');
    const form = await (await getWithCookie('/member/changes/new', m.cookie)).text();
    expect(form).toContain('<h1>会員情報変更申請</h1>');
    expect(form).toContain('◆ 管理者情報のみ即時更新できます。');
    expect(form).toContain('◆ その他の変更は広域調整者の承認が必要となります。');
    expect(form).toContain('親会社の持ち株比率');
    expect(form).toContain('GK-TKスキームを用いた匿名組合出資の変更については記載不要となります。');
    expect(form).toContain('半角の&quot;（ダブルクォーテーション）は使用しないでください');
    expect(form).toContain(`value="${m.companyName}"`);
    expect(form).toContain(`value="${m.userId}"`);
    expect(form).toContain('<button type="submit">変更</button>');
    expect(form).toContain('承継・脱退に関する申請');
    expect(form).toContain('>承継事業者コード</label>');
    expect(form).toContain('>承継事業者名</label>');
    expect(form).toContain('「承継」「脱退」の場合、広域機関会員ではなくなるため申請の際はご注意ください');
    expect(form).toContain('承継する際に事業者コードをそのまま引き継ぐ場合は、承継でなく変更にて手続きください。');
    for (const button of ['<button type="submit" name="action" value="withdrawal" class="button danger">脱退</button>', '<button type="submit" name="action" value="succession" formaction="/member/changes/succession-confirmation" class="button danger">承継</button>']) expect(form).toContain(button);
  });

  it('refuses bad input beside the field with 422, keeps the values, and writes nothing', async () => {
    const m = await administrator();
    const data = currentData(m.companyName, m.admin);
    data.company.address1Kana = 'ﾄｳｷｮｳ"ﾄ';
    data.company.companyName = '新社名株式会社';
    const response = await postEntries('/member/changes', changeFormEntries(data, randomUUID()), m.cookie);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('本社所在地1カナでは半角の&quot;(ダブルクォーテーション)は使用しないでください。');
    expect(html).toContain('value="新社名株式会社"');
    // The summary above the form, each message leading to its field (ErrorSummary).
    expect(html).toMatch(/<div class="form-error error-summary" role="alert" tabindex="-1" autofocus=""><p>入力内容に誤りがあります。以下の項目をご確認ください。<\/p><ul><li><a href="#field-address1Kana-error">/);
    expect(html).not.toContain('各項目のメッセージをご確認ください');
    expect(await db.models.ChangeRequest.count({ where: { businessCode: m.businessCode } })).toBe(0);

    const unchanged = await postEntries('/member/changes', changeFormEntries(currentData(m.companyName, m.admin), randomUUID()), m.cookie);
    expect(unchanged.status).toBe(422);
    expect(await unchanged.text()).toContain('変更された項目がありません。');
  });
});

describe('管理者 changes, applied at once', () => {
  it('updates 管理者①, adds a new 管理者② with a password mail, records the trail, and demotes a replaced one to 担当者', async () => {
    const m = await administrator();
    const newEmail = uniqueEmail('admin2');
    const second = knownAdmin({ lastName: '山本', firstName: '浩紀', email: newEmail });
    const data = currentData(m.companyName, { ...m.admin, phone: '03-9999-0000' }, second);
    const requestId = randomUUID();
    const response = await postEntries('/member/changes', changeFormEntries(data, requestId), m.cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/member/changes?applied');
    // A double submission of the same form changes nothing more.
    expect((await postEntries('/member/changes', changeFormEntries(data, requestId), m.cookie)).status).toBe(303);

    const admins = await db.models.User.findAll({ where: { businessCode: m.businessCode, role: 'administrator' }, order: [['adminSlot', 'ASC']] });
    expect(admins.map((u) => [u.userId, u.adminSlot, u.phone])).toEqual([[m.userId, 1, '03-9999-0000'], [second.userId, 2, second.phone]]);
    const mail = await waitForMail(newEmail);
    expect(mail.text).toContain(`ユーザID: ${second.userId}`);
    expect(mail.text).toMatch(/パスワード: \S+/);
    expect(mail.text).toContain('管理者として、ユーザに登録されました。');
    const requests = await db.models.ChangeRequest.findAll({ where: { businessCode: m.businessCode } });
    expect(requests.map((r) => [r.kind, r.status])).toEqual([['administrators', 'applied']]);
    const [entry] = await db.models.MemberAuditEntry.findAll({ where: { businessCode: m.businessCode } });
    expect(entry?.requestId).toBe(requestId);
    const record = await (await getWithCookie(`/member/changes/${requestId}`, m.cookie)).text();
    expect(record).toContain('<caption>● 管理者情報（変更前と変更後）</caption>');
    expect(record).toContain('<th scope="col">変更前</th><th scope="col">変更後</th>');
    expect(record).not.toContain('会社情報（');
    expect(entry?.actor).toContain(m.userId);
    expect(entry?.changes).toContainEqual({ label: '管理者① 電話番号', before: m.admin.phone, after: '03-9999-0000' });
    expect(entry?.changes).toContainEqual({ label: '管理者② ユーザID', before: '', after: second.userId });

    // 管理者② replaced by an existing 担当者: the old one stays as 担当者, never a third 管理者.
    const tanto = await createPersonInCharge(db, m.businessCode, { profile: knownAdmin({ lastName: '佐藤' }) });
    const promoted = await db.models.User.findOne({ where: { businessCode: m.businessCode, userId: tanto.userId } });
    const replacing = currentData(m.companyName, { ...m.admin, phone: '03-9999-0000' }, knownAdmin({ ...promoted?.get(), note: '' }));
    expect((await postEntries('/member/changes', changeFormEntries(replacing, randomUUID()), m.cookie)).status).toBe(303);
    const after = await db.models.User.findAll({ where: { businessCode: m.businessCode }, order: [['userId', 'ASC']] });
    expect(after.filter((u) => u.role === 'administrator').map((u) => u.userId).sort()).toEqual([m.userId, tanto.userId].sort());
    expect(after.find((u) => u.userId === second.userId)?.role).toBe('person_in_charge');
  });
});

describe('a 管理者 who hands their place to a 担当者', () => {
  it('is told the change was applied, on a page a 担当者 may open, and that they are now 担当者', async () => {
    const m = await administrator();
    const tanto = await createPersonInCharge(db, m.businessCode, { profile: knownAdmin({ lastName: '佐藤' }) });
    const successor = await db.models.User.findOne({ where: { businessCode: m.businessCode, userId: tanto.userId } });
    const data = currentData(m.companyName, knownAdmin({ ...successor?.get(), note: '' }));
    const response = await postEntries('/member/changes', changeFormEntries(data, randomUUID()), m.cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/member/administrators-updated');
    expect((await db.models.User.findOne({ where: { businessCode: m.businessCode, userId: m.userId } }))?.role).toBe('person_in_charge');

    const page = await getWithCookie('/member/administrators-updated', m.cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('管理者情報を更新しました。');
    expect(html).toContain('様は管理者ではなくなり、担当者として登録されています。');
    expect(html).toContain('<a class="button" href="/member">メニュー</a>');
    // 会員情報変更 is closed to them now, as to every 担当者.
    expect((await getWithCookie('/member/changes?applied', m.cookie)).status).toBe(403);

    // A 管理者 opening the page is sent where 管理者 read the outcome.
    const other = await administrator();
    const asAdministrator = await getWithCookie('/member/administrators-updated', other.cookie);
    expect(asAdministrator.status).toBe(303);
    expect(asAdministrator.headers.get('location')).toBe('/member/changes?applied');
  });
});

describe('管理者 named by a ユーザID in other capitals', () => {
  it('is the same user: nothing changed alone, the same user updated with other changes', async () => {
    const m = await administrator();
    const tanto = await createPersonInCharge(db, m.businessCode, { profile: knownAdmin({ userId: `z${randomCode(5).toLowerCase()}`, lastName: '佐藤' }) });
    const promoted = await db.models.User.findOne({ where: { businessCode: m.businessCode, userId: tanto.userId } });
    const second = knownAdmin({ ...promoted?.get(), note: '' });
    expect((await postEntries('/member/changes', changeFormEntries(currentData(m.companyName, m.admin, second), randomUUID()), m.cookie)).status).toBe(303);

    const capitals = { ...second, userId: second.userId.toUpperCase() };
    const unchanged = await postEntries('/member/changes', changeFormEntries(currentData(m.companyName, m.admin, capitals), randomUUID()), m.cookie);
    expect(unchanged.status).toBe(422);
    const changed = await postEntries('/member/changes', changeFormEntries(currentData(m.companyName, m.admin, { ...capitals, phone: '03-9999-0002' }), randomUUID()), m.cookie);
    expect(changed.status).toBe(303);
    const users = await db.models.User.findAll({ where: { businessCode: m.businessCode }, order: [['userId', 'ASC']] });
    expect(users.map((u) => [u.userId, u.role, u.adminSlot])).toEqual([[m.userId, 'administrator', 1], [second.userId, 'administrator', 2]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(users.find((u) => u.userId === second.userId)?.phone).toBe('03-9999-0002');
  });
});

describe('a reviewed change', () => {
  it('goes through 保留 and resubmission to 承認, with the staff comparison, the mails and the trail', async () => {
    const m = await administrator();
    const data = currentData(m.companyName, m.admin);
    data.company.companyName = `${m.companyName}改`;
    // 全角 fields keep what was typed widened (the 事業者コード in the test's 会社名 is ASCII).
    const renamed = toFullWidth(data.company.companyName);
    data.company.capitalRelationship = '広域ホールディングス（持ち株比率60%）';
    const requestId = randomUUID();
    const submitted = await postEntries('/member/changes', changeFormEntries(data, requestId), m.cookie);
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('location')).toBe(`/member/changes/${requestId}?submitted`);
    expect((await db.models.Member.findByPk(m.businessCode))?.companyName).toBe(m.companyName);

    const review = await (await getWithCookie(`/staff/changes/${requestId}`, staff)).text();
    expect(review).toContain('<h1>会員情報変更申請 審査</h1>');
    expect(review).toContain('変更のある項目: 2件');
    expect(review).toMatch(/<tr class="changed"><th scope="row">会社名<\/th><td>[^<]+<\/td><td>[^<]+改<\/td><td><span class="change-mark">変更あり<\/span><\/td><\/tr>/);
    expect(review).toContain('<tr><th scope="row">会社名カナ</th>');
    expect((await getWithCookie('/staff/changes', staff).then((r) => r.text()))).toContain(`/staff/changes/${requestId}`);

    // 保留 needs a reason; 承認 of something not under review is refused in Japanese.
    expect((await postForm(`/staff/changes/${requestId}/decision`, { decision: 'hold', reason: '' }, { cookie: staff })).status).toBe(422);
    const held = await postForm(`/staff/changes/${requestId}/decision`, { decision: 'hold', reason: '親会社の持ち株比率の根拠資料をご提出ください。', confirmed: 'yes' }, { cookie: staff });
    expect(held.status).toBe(303);
    const refused = await postForm(`/staff/changes/${requestId}/decision`, { decision: 'approve', confirmed: 'yes' }, { cookie: staff });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('この申請は承認できる状態ではありません');
    // Asked from a page left open (no confirmation yet): told at once, not after confirming.
    const stale = await postForm(`/staff/changes/${requestId}/decision`, { decision: 'approve' }, { cookie: staff });
    expect(stale.status).toBe(409);
    const stalePage = await stale.text();
    expect(stalePage).toContain('この申請は承認できる状態ではありません（審査中の申請にのみ承認できます）。');
    expect(stalePage).not.toContain('承認の確認');
    const holdMail = await waitForMail(m.email);
    expect(holdMail.subject).toContain('保留');
    expect(holdMail.text).toContain('親会社の持ち株比率の根拠資料をご提出ください。');

    const detail = await (await getWithCookie(`/member/changes/${requestId}`, m.cookie)).text();
    expect(detail).toContain('保留理由: 親会社の持ち株比率の根拠資料をご提出ください。');
    // One row of buttons: 戻る first, 取下げ in the caution colour (to its confirmation), 申請内容を修正する.
    expect(detail).toContain(
      `<div class="actions"><a class="button secondary" href="/member/changes">戻る</a><a class="button secondary" href="/member/changes/${requestId}/attachments">関連資料の提出</a><a class="button danger" href="/member/changes/${requestId}/cancel">取下げ</a><a class="button" href="/member/changes/${requestId}/edit">申請内容を修正する</a></div>`,
    );
    const edit = await (await getWithCookie(`/member/changes/${requestId}/edit`, m.cookie)).text();
    expect(edit).toContain(`value="${renamed}"`);
    // The form that corrects the request says why, as 加入(本)申請 does.
    expect(edit).toContain('この申請は「保留」となっています。理由に応じて申請内容を更新し、再度申請してください。');
    expect(edit).toContain('保留理由: 親会社の持ち株比率の根拠資料をご提出ください。');
    data.company.capitalRelationship = '広域ホールディングス（持ち株比率65%）';
    const resubmitted = await postEntries(`/member/changes/${requestId}/resubmit`, changeFormEntries(data, randomUUID()), m.cookie);
    expect(resubmitted.status).toBe(303);
    expect((await db.models.ChangeRequest.findByPk(requestId))?.status).toBe('under_review');

    expect((await postForm(`/staff/changes/${requestId}/decision`, { decision: 'approve', confirmed: 'yes' }, { cookie: staff })).status).toBe(303);
    const member = await db.models.Member.findByPk(m.businessCode);
    expect(member?.companyName).toBe(renamed);
    expect(member?.company.capitalRelationship).toBe('広域ホールディングス（持ち株比率６５％）');
    const events = await db.models.ChangeRequestEvent.findAll({ where: { requestId }, order: [['sequence', 'ASC']] });
    expect(events.map((e) => e.kind)).toEqual(['submitted', 'on_hold', 'resubmitted', 'approved']);
    // Once decided, the request reads as the company change it was: before and after, not 現在.
    const decided = await (await getWithCookie(`/member/changes/${requestId}`, m.cookie)).text();
    expect(decided).toContain('<caption>● 会社情報（変更前と変更後）</caption>');
    // Only changed rows are listed, so no 変更 column repeats 変更あり on each.
    expect(decided).toContain('<th scope="col">変更前</th><th scope="col">変更後</th></tr>');
    expect(decided).toContain(`<th scope="row">会社名</th><td>${m.companyName}</td><td>${renamed}</td>`);
    expect(decided).not.toContain('管理者情報（');
    expect(decided).not.toContain('<th scope="col">現在</th>');
    const audit = await (await getWithCookie(`/staff/audit?businessCode=${m.businessCode}`, staff)).text();
    expect(audit).toContain(`会社名: 「${m.companyName}」 → 「${renamed}」`);
    expect(audit).toContain(`/staff/changes/${requestId}`);
  });

  it('records a form with both parts once when sent twice at once, and takes a resubmission from a form brought back (戻る) after a second 保留', async () => {
    const m = await administrator();
    const data = currentData(m.companyName, { ...m.admin, phone: '03-9999-0001' });
    data.company.companyName = `${m.companyName}一`;
    const requestId = randomUUID();
    const both = await Promise.all([0, 1].map(() => postEntries('/member/changes', changeFormEntries(data, requestId), m.cookie)));
    expect(both.map((r) => r.status)).toEqual([303, 303]);
    const requests = await db.models.ChangeRequest.findAll({ where: { businessCode: m.businessCode } });
    expect(requests.map((r) => r.kind).sort()).toEqual(['administrators', 'change']);

    const hold = () => postForm(`/staff/changes/${requestId}/decision`, { decision: 'hold', reason: '会社名をご確認ください。', confirmed: 'yes' }, { cookie: staff });
    expect((await hold()).status).toBe(303);
    const formId = randomUUID();
    data.company.companyName = `${m.companyName}二`;
    expect((await postEntries(`/member/changes/${requestId}/resubmit`, changeFormEntries(data, formId), m.cookie)).status).toBe(303);
    expect((await hold()).status).toBe(303);
    data.company.companyName = `${m.companyName}三`;
    expect((await postEntries(`/member/changes/${requestId}/resubmit`, changeFormEntries(data, formId), m.cookie)).status).toBe(303);
    const request = await db.models.ChangeRequest.findByPk(requestId);
    expect(request?.status).toBe('under_review');
    expect(request?.requestedCompany?.companyName).toBe(toFullWidth(`${m.companyName}三`));
  });

  it('tells the member\'s workflow the approved 会社名, which operators search by', async () => {
    const m = await administrator();
    const client = await testTemporalClient();
    const memberHandle = await client.workflow.start(member, {
      taskQueue: testConfig().temporal.taskQueue,
      workflowId: memberWorkflowId(m.businessCode),
      args: [{ businessCode: m.businessCode, companyName: m.companyName, applicationId: randomUUID() }],
    });
    const data = currentData(m.companyName, m.admin);
    data.company.companyName = '新社名電力株式会社';
    const requestId = randomUUID();
    expect((await postEntries('/member/changes', changeFormEntries(data, requestId), m.cookie)).status).toBe(303);
    expect((await postForm(`/staff/changes/${requestId}/decision`, { decision: 'approve', confirmed: 'yes' }, { cookie: staff })).status).toBe(303);
    await vi.waitFor(async () => expect((await memberHandle.describe()).typedSearchAttributes.get(COMPANY_NAME)).toBe('新社名電力株式会社'), { timeout: 15_000, interval: 200 });
    expect((await memberHandle.query(memberStateQuery)).companyName).toBe('新社名電力株式会社');
    expect((await memberHandle.describe()).status.name).toBe('RUNNING');
  });

  it('asks once more before 取下げ, on a page of its own whose 取下げ withdraws the request', async () => {
    const m = await administrator();
    const requestId = await submittedPhoneChange(m, '03-5555-7777');
    const confirm = await getWithCookie(`/member/changes/${requestId}/cancel`, m.cookie);
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('<h1>取下げの確認</h1>');
    expect(page).toContain('<dt>種別</dt><dd>会員情報変更</dd><dt>状態</dt><dd>審査中</dd>');
    expect(page).toContain('この申請を取下げてよろしいですか。取下げた申請は元に戻せません。');
    expect(page).toContain(
      `<form hx-boost="true" method="post" action="/member/changes/${requestId}/cancel" class="actions"><a class="button secondary" href="/member/changes/${requestId}">戻る</a><button type="submit" class="button danger">取下げ</button></form>`,
    );
    expect((await db.models.ChangeRequest.findByPk(requestId))?.status).toBe('under_review');

    const cancelled = await postForm(`/member/changes/${requestId}/cancel`, {}, { cookie: m.cookie });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get('location')).toBe('/member/changes?cancelled');
    expect((await db.models.ChangeRequest.findByPk(requestId))?.status).toBe('cancelled');
    // Closed, it has nothing to confirm: the address leads to the request.
    const closed = await getWithCookie(`/member/changes/${requestId}/cancel`, m.cookie);
    expect(closed.status).toBe(303);
    expect(closed.headers.get('location')).toBe(`/member/changes/${requestId}`);
  });

  it('leads the address of 再申請, opened again, to the request', async () => {
    const m = await administrator();
    const requestId = await submittedPhoneChange(m, '03-5555-8888');
    const opened = await getWithCookie(`/member/changes/${requestId}/resubmit`, m.cookie);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`/member/changes/${requestId}`);
    expect((await postForm(`/member/changes/${requestId}/cancel`, {}, { cookie: m.cookie })).status).toBe(303);
  });

  it('allows one open request per member: a second one is refused while the first is under review', async () => {
    const m = await administrator();
    const first = currentData(m.companyName, m.admin);
    first.company.phone = '03-1111-2222';
    const second = currentData(m.companyName, m.admin);
    second.company.phone = '03-3333-4444';
    const [a, b] = await Promise.all([
      postEntries('/member/changes', changeFormEntries(first, randomUUID()), m.cookie),
      postEntries('/member/changes', changeFormEntries(second, randomUUID()), m.cookie),
    ]);
    expect([a.status, b.status].sort()).toEqual([303, 409]);
    const refusedPage = a.status === 409 ? await a.text() : await b.text();
    expect(refusedPage).toContain('審査中（保留・却下を含む）の申請があるため、新しい申請はできません。');
    expect(await db.models.ChangeRequest.count({ where: { businessCode: m.businessCode } })).toBe(1);

    // 承継/脱退 are not offered meanwhile: their section links the open request instead.
    const [open] = await db.models.ChangeRequest.findAll({ where: { businessCode: m.businessCode } });
    const form = await (await getWithCookie('/member/changes/new', m.cookie)).text();
    const ending = form.slice(form.indexOf('<h2 id="ending-heading">'));
    expect(ending).toContain(`<a href="/member/changes/${open?.id}">審査中の申請を見る</a>`);
    expect(ending).not.toContain('value="withdrawal"');
    expect(ending).not.toContain('value="succession"');
    expect(ending).not.toContain('action="/member/changes/ending"');
    // 変更 of 管理者 stays possible.
    expect(form).toContain('<button type="submit">変更</button>');
  });
});

describe('who may use these pages', () => {
  it('keeps 担当者 out of 会員情報変更 and another member out of the requests', async () => {
    const m = await administrator();
    const tanto = await createPersonInCharge(db, m.businessCode);
    const tantoCookie = await memberCookie(m.businessCode, tanto.userId, tanto.password);
    expect((await getWithCookie('/member/changes', tantoCookie)).status).toBe(403);
    expect((await getWithCookie('/member/changes/new', tantoCookie)).status).toBe(403);
    expect((await postForm('/member/changes/succession-confirmation', { requestId: randomUUID(), successorCode: 'ZZ11', successorName: '承継電力株式会社' }, { cookie: tantoCookie })).status).toBe(403);

    const requestId = await submittedPhoneChange(m, '03-5555-6666');
    const other = await administrator();
    expect((await getWithCookie(`/member/changes/${requestId}`, other.cookie)).status).toBe(404);
    expect((await postForm(`/member/changes/${requestId}/cancel`, {}, { cookie: other.cookie })).status).toBe(404);
    expect((await getWithCookie(`/member/changes/${requestId}/cancel`, other.cookie)).status).toBe(404);
    expect((await getWithCookie(`/member/changes/${requestId}/resubmit`, other.cookie)).status).toBe(404);
    expect(await (await getWithCookie('/member/changes', other.cookie)).text()).not.toContain(requestId);
    // Members never reach the staff console.
    expect((await getWithCookie(`/staff/changes/${requestId}`, m.cookie)).status).toBe(303);
  });
});

describe('会員情報変更申請一覧 (staff) a page at a time', () => {
  const REVIEW = '審査待ち';
  const WAITING = '会員の再申請待ち（保留・却下）';
  const CODE_CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const run = randomCode(1);
  const codes: string[] = [];
  let review: string[];
  let waiting: string[];

  /**
   * `count` open requests, each of its own member (one open request per member), submitted in
   * 2100: after every real request of the run, so other tests still find theirs on the first page,
   * and never among the items the staff digest picks. The codes start with 1, which randomCode
   * never gives, so they cannot meet another test's member.
   */
  async function queued(status: 'under_review' | 'on_hold', count: number): Promise<string[]> {
    const batch = Array.from({ length: count }, (_, n) => {
      const i = codes.length + n;
      return `1${run}${CODE_CHARACTERS[i >> 5]}${CODE_CHARACTERS[i & 31]}`;
    });
    codes.push(...batch);
    await db.models.Member.bulkCreate(batch.map((businessCode) => ({ businessCode, company: sampleCompany(`頁送り電力${businessCode}`), companyName: `頁送り電力${businessCode}`, applicationId: null, joinedAt: new Date() })));
    const future = new Date('2100-01-01T00:00:00Z');
    const requests = await db.models.ChangeRequest.bulkCreate(
      batch.map((businessCode) => ({ id: randomUUID(), businessCode, kind: 'change' as const, status, requestedCompany: null, successor: null, submittedBy: 'user:paging', submittedAt: future })),
    );
    const ids = requests.map((r) => r.id);
    await db.sequelize.query('UPDATE change_requests SET updated_at = :future WHERE id IN (:ids)', { replacements: { future, ids } });
    return ids;
  }

  const page = (path: string) => pageHtml(path, staff);

  beforeAll(async () => {
    review = await queued('under_review', 55);
    waiting = await queued('on_hold', 51);
  });
  afterAll(async () => {
    await db.models.ChangeRequest.destroy({ where: { id: [...review, ...waiting] } });
    await db.models.Member.destroy({ where: { businessCode: codes } });
  });

  it('shows 50 requests with the true total, and the rest along 次へ', async () => {
    const before = await db.models.ChangeRequest.count({ where: { status: 'under_review' } });
    const first = sectionOf(await page('/staff/changes'), REVIEW);
    const after = await db.models.ChangeRequest.count({ where: { status: 'under_review' } });
    const total = headingTotal(first);
    expect(total).toBeGreaterThanOrEqual(Math.max(before, 55));
    expect(total).toBeLessThanOrEqual(after);
    expectFirstPage(first, REVIEW, '/staff/changes?review=2');

    const pages = await followSection('/staff/changes', REVIEW, '/staff/changes/', staff);
    expectEveryRowAlongPages(pages, review);
    const last = sectionOf(await page(`/staff/changes?review=${pages.length}`), REVIEW);
    expect(last).toContain(`頁送り電力${codes[0]?.slice(0, 2)}`);
  });

  it("keeps the other section's page in each section's links", async () => {
    const html = await page('/staff/changes?review=2&waiting=2');
    const reviewSection = sectionOf(html, REVIEW);
    const waitingSection = sectionOf(html, WAITING);
    expect(headingTotal(waitingSection)).toBeGreaterThanOrEqual(51);
    expect(pagerPosition(waitingSection).page).toBe(2);
    expect(pagerLink(reviewSection, '前へ')).toBe('/staff/changes?waiting=2');
    expect(pagerLink(waitingSection, '前へ')).toBe('/staff/changes?review=2');
    expect(html).toContain(`<nav class="pager" aria-label="${WAITING}のページ">`);
  });

  it('answers a bad page number with the first or the last page', async () => {
    for (const bad of ['abc', '-5']) expect(pagerPosition(sectionOf(await page(`/staff/changes?review=${bad}`), REVIEW)).page, bad).toBe(1);
    const last = pagerPosition(sectionOf(await page('/staff/changes?review=99999'), REVIEW));
    expect(last.page).toBe(last.pages);
    expect(last.pages).toBeGreaterThanOrEqual(2);
  });
});

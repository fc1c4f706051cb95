// 加入(仮)申請, 加入(本)申請 and the status page over HTTP, as a browser without JavaScript posts them.
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { statusPath } from '../../domain/status-link-token';
import { membershipApplicationWorkflowId } from '../../workflows/membership-application';
import { holdApplicationUpdate, issueBusinessCodeUpdate } from '../../workflows/messages';
import { postForm } from '../support/http';
import { uniqueBusinessCode } from '../support/business-codes';
import { applicationFormEntries, sampleApplication, startApplication, submissionIdOf } from '../support/joining';
import { firstUrl, mailsTo, waitForMail } from '../support/mail-inbox';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

let db: Database;
let client: Client;
beforeAll(async () => {
  db = testDatabase();
  client = await testTemporalClient();
});
afterAll(async () => {
  await db.close();
  await client.connection.close();
});

/** An application whose link mail has arrived: the URL of its 加入(仮)申請 page. */
async function linkOf(label: string) {
  const contact = uniqueEmail(`${label}-contact`);
  const { handle, applicationId } = await startApplication(client, contact);
  return { handle, applicationId, link: firstUrl((await waitForMail(contact)).text) };
}

/** 仮申請 through the page; returns the 受付番号. */
async function applyProvisionally(link: string, admin1: string) {
  const form = await (await fetch(link)).text();
  const response = await postForm(link, [...applicationFormEntries(sampleApplication(admin1)), ['submissionId', submissionIdOf(form)]]);
  expect(response.status).toBe(303);
  const mail = await waitForMail(admin1);
  return /加入申請受付番号: (J-\S+)/.exec(mail.text)?.[1] ?? '';
}

describe('加入(仮)申請 page', () => {
  it('shows every field with the manual label, the step header and 仮申請', async () => {
    const { link, handle } = await linkOf('form');
    const html = await (await fetch(link)).text();
    for (const label of ['法人番号', '会社名', '会社名カナ', '代表電話番号', '代表者肩書', '本社郵便番号', '本社所在地1', '本社所在地2', '本社所在地1カナ', '本社所在地2カナ', '資本関係', 'ユーザID', '所属・役職', 'メールアドレス', 'メールアドレス (確認用)', '電話番号', 'その他', '姓', '名', 'セイ', 'メイ']) {
      expect(html).toMatch(new RegExp(`<label for="field-[\\w.]+">${label.replace(/[()]/g, '\\$&')}</label>`));
    }
    for (const legend of ['事業者種別', '代表者名', '代表者名カナ', '担当業務', '氏名', '氏名カナ']) expect(html).toContain(legend);
    // The manual's 会社名 takes the official name (as on 会員情報変更申請, which shares these fields).
    expect(html).toContain('<p class="hint" id="field-companyName-hint">※正式名称</p>');
    expect(html).toContain('<button type="submit">仮申請</button>');
    expect(html).toContain('<li class="current" aria-current="step">仮申請</li>');
    // What リンク確認 asked starts the form: ご担当者 as 管理者①, name split at its space.
    expect(html).toContain('name="admin1.lastName" type="text" value="広域"');
    expect(html).toContain('name="admin1.firstName" type="text" value="太郎"');
    // The instruction is part of the form, so the answer that replaces the form replaces it too.
    expect(/<form id="provisional-form"[\s\S]*<\/form>/.exec(html)?.[0]).toContain('必要事項を入力し、「仮申請」ボタンをクリックしてください。');
    await handle.terminate('test finished');
  });

  it('explains each error beside its field in Japanese and keeps the values', async () => {
    const { link, handle, applicationId } = await linkOf('invalid');
    const data = sampleApplication('taro@example.co.jp');
    const entries = applicationFormEntries({ ...data, company: { ...data.company, corporateNumber: '1123456789012', address1Kana: 'ﾄｳｷｮｳ "ﾋﾞﾙ"', postalCode: '１３５－００６１' } })
      .filter(([name]) => name !== 'businessTypes')
      .map(([name, value]): [string, string] => (name === 'admin1.phone' ? [name, '03-3333'] : [name, value]));
    const response = await postForm(link, [...entries, ['submissionId', submissionIdOf(await (await fetch(link)).text())]]);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('法人番号が正しくありません');
    expect(html).toContain('本社所在地1カナでは半角の&quot;(ダブルクォーテーション)は使用しないでください。');
    expect(html).toContain('事業者種別を選択してください。');
    expect(html).toContain('電話番号は0から始まる10桁または11桁の半角数字で入力してください');
    expect(html).not.toContain('本社郵便番号は7桁');
    // The summary above the form links each message to its field's.
    expect(html).toContain('class="form-error error-summary"');
    expect(html).toMatch(/<a href="#field-corporateNumber-error">法人番号が正しくありません[^<]*<\/a>/);
    expect(html).toContain('<a href="#field-businessTypes-error">事業者種別を選択してください。</a>');
    expect(html).toContain('id="field-businessTypes-error"');
    expect(html).toContain('value="1123456789012"');
    expect((await db.models.MembershipApplication.findByPk(applicationId))?.receiptNumber).toBeNull();
    await handle.terminate('test finished');
  });

  it('makes one application of a double submission and mails the 受付番号 once', async () => {
    const { link, handle } = await linkOf('double');
    const admin1 = uniqueEmail('double-admin1');
    const entries: [string, string][] = [...applicationFormEntries(sampleApplication(admin1)), ['submissionId', submissionIdOf(await (await fetch(link)).text())]];
    const [first, second] = await Promise.all([postForm(link, entries), postForm(link, entries)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    await waitForMail(admin1);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await mailsTo(admin1)).toHaveLength(1);
    await handle.terminate('test finished');
  });

  it('applies a correction sent from a form the browser brought back (戻る), though it carries the first id', async () => {
    const { link, handle, applicationId } = await linkOf('back');
    const admin1 = uniqueEmail('back-admin1');
    const data = sampleApplication(admin1);
    const submissionId = submissionIdOf(await (await fetch(link)).text());
    expect((await postForm(link, [...applicationFormEntries(data), ['submissionId', submissionId]])).status).toBe(303);
    const corrected = { ...data, company: { ...data.company, companyName: '修正済み電力株式会社' } };
    expect((await postForm(link, [...applicationFormEntries(corrected), ['submissionId', submissionId]])).status).toBe(303);
    const stored = await db.models.MembershipApplication.findByPk(applicationId);
    expect(stored?.provisionalData?.company.companyName).toBe('修正済み電力株式会社');
    await handle.terminate('test finished');
  });
});

describe('加入(本)申請 page', () => {
  it('answers a wrong number or a wrong address with the same neutral message', async () => {
    const { link, handle } = await linkOf('neutral');
    const admin1 = uniqueEmail('neutral-admin1');
    const receiptNumber = await applyProvisionally(link, admin1);
    const wrongNumber = await postForm('/join/final/redisplay', [['receiptNumber', 'J-2222-2222'], ['lookupEmail', admin1]]);
    const wrongAddress = await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', 'other@example.co.jp']]);
    const malformed = await postForm('/join/final/redisplay', [['receiptNumber', 'hello'], ['lookupEmail', admin1]]);
    const messages = await Promise.all([wrongNumber, wrongAddress, malformed].map(async (r) => {
      expect(r.status).toBe(422);
      return /<p class="form-error" role="alert">([^<]+)<\/p>/.exec(await r.text())?.[1];
    }));
    expect(new Set(messages)).toEqual(new Set(['加入申請受付番号または管理者①メールアドレスが正しくありません。メールに記載された内容をご確認ください。']));
    // Before the code: no 本申請 yet.
    const early = await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber.toLowerCase()], ['lookupEmail', admin1.toUpperCase()]]);
    expect(await early.text()).toContain('事業者コードの発行前のため');
    await handle.terminate('test finished');
  });

  it('quotes the provisional data after 再表示, requires the code and the three consents, and takes one 本申請', async () => {
    const { link, handle, applicationId } = await linkOf('final');
    const admin1 = uniqueEmail('final-admin1');
    const receiptNumber = await applyProvisionally(link, admin1);
    const code = uniqueBusinessCode();
    await client.workflow.getHandle(membershipApplicationWorkflowId(applicationId)).executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });

    const shown = await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', admin1]]);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain('仮申請時のデータを引用しました。内容を改めてご確認ください。修正が必要な場合は修正してください。');
    expect(html).toContain('value="7123456789012"');
    expect(html).toContain('<button type="submit">本申請</button>');
    // The first 本申請: the applicant enters the code OCCTO sent (manual 1.4).
    expect(html).toMatch(/name="businessCode" type="text" value=""/);
    // No 保留 yet: nothing asks for 関連資料 on the form.
    expect(html).not.toContain('関連資料');
    const base: [string, string][] = [...applicationFormEntries(sampleApplication(admin1)), ['receiptNumber', receiptNumber], ['lookupEmail', admin1], ['submissionId', submissionIdOf(html)]];

    const noConsents = await postForm('/join/final', [...base, ['businessCode', code]]);
    expect(noConsents.status).toBe(422);
    const refused = await noConsents.text();
    for (const message of ['電力広域的運営推進機関 定款に同意してください。', 'システム利用許諾(システム利用規約)に同意してください。', '総会招集通知の電磁的手法利用許諾(定款 第25条)に同意してください。']) {
      expect(refused).toContain(message);
    }
    expect(refused).toContain('class="form-error error-summary"');
    expect(refused).toContain('<a href="#field-consentArticles-error">電力広域的運営推進機関 定款に同意してください。</a>');
    expect(refused).not.toContain('id="field-businessCode-error"');
    // Every error in one answer: the consents missing and a wrong code, both at once, the code first as on the form.
    const allWrong = await postForm('/join/final', [...base, ['businessCode', code === 'ZZZZ' ? 'YYYY' : 'ZZZZ']]);
    expect(allWrong.status).toBe(422);
    const allRefused = await allWrong.text();
    expect(allRefused).toMatch(/id="field-businessCode-error" role="alert">事業者コードが正しくありません/);
    expect(allRefused).toContain('id="field-consentArticles-error"');
    expect(allRefused).toMatch(/<ul><li><a href="#field-businessCode-error">事業者コードが正しくありません[^<]*<\/a><\/li><li><a href="#field-consentArticles-error">/);
    const consents: [string, string][] = [['consentArticles', 'yes'], ['consentTerms', 'yes'], ['consentNotice', 'yes']];
    const wrongCode = await postForm('/join/final', [...base, ...consents, ['businessCode', code === 'ZZZZ' ? 'YYYY' : 'ZZZZ']]);
    expect(wrongCode.status).toBe(422);
    expect(await wrongCode.text()).toMatch(/id="field-businessCode-error" role="alert">事業者コードが正しくありません/);

    const entries: [string, string][] = [...base, ...consents, ['businessCode', code.toLowerCase()]];
    const [first, second] = await Promise.all([postForm('/join/final', entries), postForm('/join/final', entries)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(await db.models.MembershipApplicationEvent.count({ where: { applicationId, kind: 'final_submitted' } })).toBe(1);
    // 受け付けました says where 関連資料 go: the application's own status page.
    const received = await (await fetch(webUrl(first.headers.get('location') ?? ''))).text();
    expect(received).toContain('加入(本)申請を受け付けました');
    expect(received).toContain(`「<a href="${statusPath(testConfig().appSecret, receiptNumber)}">加入申請状況の確認</a>」画面でご確認いただけます。本機関から関連資料の提出をお願いした場合は、同じ画面の「関連資料の提出」から提出してください。`);
    expect((await db.models.MembershipApplication.findByPk(applicationId))?.status).toBe('under_review');

    // Under review: no second 本申請 (the same form sent again is told it was received), and the
    // status page tells where it stands.
    const resent = await postForm('/join/final', entries);
    expect(resent.status).toBe(422);
    expect(await resent.text()).toContain('加入(本)申請は受け付け済みで、本機関にて審査中です。');
    const again = await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', admin1]]);
    expect(await again.text()).toContain('加入(本)申請は受け付け済みで、本機関にて審査中です。');
    const status = await postForm('/join/status', [['receiptNumber', receiptNumber], ['lookupEmail', admin1]]);
    expect(status.status).toBe(303);
    const statusPage = await (await fetch(webUrl(status.headers.get('location') ?? ''))).text();
    expect(statusPage).toContain('本申請済み（審査中）');
    expect(statusPage).toContain('hx-trigger="every 3s"');
    expect(statusPage).toContain(code);
    const forged = await fetch(webUrl(`/join/status/${receiptNumber}?token=forged`));
    expect(forged.status).toBe(404);
    await handle.terminate('test finished');
  });

  it('takes the 本申請 after 保留 from a form the browser brought back (戻る), though it carries the first id', async () => {
    const { link, handle, applicationId } = await linkOf('final-back');
    const admin1 = uniqueEmail('final-back-admin1');
    const receiptNumber = await applyProvisionally(link, admin1);
    const code = uniqueBusinessCode();
    const workflow = client.workflow.getHandle(membershipApplicationWorkflowId(applicationId));
    await workflow.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode: code, staff: 'staff01' }] });
    const shown = await (await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', admin1]])).text();
    const form = (data: ReturnType<typeof sampleApplication>): [string, string][] => [
      ...applicationFormEntries(data),
      ['receiptNumber', receiptNumber],
      ['lookupEmail', admin1],
      ['submissionId', submissionIdOf(shown)],
      ['consentArticles', 'yes'],
      ['consentTerms', 'yes'],
      ['consentNotice', 'yes'],
      ['businessCode', code],
    ];
    const data = sampleApplication(admin1);
    expect((await postForm('/join/final', form(data))).status).toBe(303);
    await workflow.executeUpdate(holdApplicationUpdate, { args: [{ staff: 'staff01', reason: '会社名をご確認ください。' }] });
    // 再表示 after 保留 quotes the last 本申請, its 事業者コード too.
    const quoted = await (await postForm('/join/final/redisplay', [['receiptNumber', receiptNumber], ['lookupEmail', admin1]])).text();
    expect(quoted).toContain(`name="businessCode" type="text" value="${code}"`);
    // The 保留 often asks for documents: the form says where they go.
    expect(quoted).toContain(`本機関から関連資料の提出をお願いしている場合は、「<a href="${statusPath(testConfig().appSecret, receiptNumber)}">加入申請状況の確認</a>」画面の「関連資料の提出」から提出してください。`);

    const corrected = { ...data, company: { ...data.company, companyName: '修正済み電力株式会社' } };
    expect((await postForm('/join/final', form(corrected))).status).toBe(303);
    const stored = await db.models.MembershipApplication.findByPk(applicationId);
    expect(stored?.status).toBe('under_review');
    expect(stored?.finalData?.company.companyName).toBe('修正済み電力株式会社');
    expect(await db.models.MembershipApplicationEvent.count({ where: { applicationId, kind: 'final_submitted' } })).toBe(2);
    await handle.terminate('test finished');
  });
});

describe('the addresses a joining page leaves in the bar', () => {
  it('answers a reload or a visit from the history of each, 再表示 by leading back to its lookup', async () => {
    // 再表示 is a post whose answer is the form, so its address stays in the bar.
    const redisplay = await fetch(webUrl('/join/final/redisplay'), { redirect: 'manual' });
    expect(redisplay.status).toBe(303);
    expect(redisplay.headers.get('location')).toBe('/join/final');
    // The other posts of the joining pages share their address with a page.
    for (const path of ['/join/link', '/join/final', '/join/status']) expect((await fetch(webUrl(path), { redirect: 'manual' })).status).toBe(200);
  });
});

// 加入申請リンク確認 over HTTP: the form, its validation, the start of the application, the link.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database';
import { joinLinkUrl } from '../../domain/join-link-token';
import { postForm } from '../support/http';
import { firstUrl, mailsTo, waitForMail } from '../support/mail-inbox';
import { testConfig, testDatabase, testTemporalClient, uniqueEmail, webUrl } from '../support/stack';
import { membershipApplicationWorkflowId } from '../../workflows/membership-application';

let db: Database;
const config = testConfig();
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

function validForm(email: string) {
  return { applicationId: randomUUID(), companyName: '広域電力株式会社', contactName: '広域 太郎', email, emailConfirmation: email };
}

describe('GET /join/link', () => {
  it('shows the form with the manual labels, a fresh application id and the リンク確認 button', async () => {
    const response = await fetch(webUrl('/join/link'));
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const label of ['会社名', 'ご担当者氏名', 'メールアドレス', 'メールアドレス (確認用)']) {
      expect(html).toMatch(new RegExp(`<label for="field-\\w+">${label.replace(/[()]/g, '\\$&')}<`));
    }
    expect(html).toContain('<button type="submit">リンク確認</button>');
    expect(html).toMatch(/name="applicationId" value="[0-9a-f-]{36}"/);
    expect(html).toContain('<li class="current" aria-current="step">リンク確認</li>');
    // The instruction is part of the form, so the htmx answer that replaces the form replaces it too.
    expect(/<form id="join-link-form"[\s\S]*<\/form>/.exec(html)?.[0]).toContain('必要事項を入力し、「リンク確認」ボタンをクリックしてください。');
  });

  it('is linked from the top page (the ログイン screen)', async () => {
    expect(await (await fetch(webUrl('/'))).text()).toContain('<a class="button" href="/join/link">加入申請リンク確認</a>');
  });
});

describe('POST /join/link', () => {
  it('starts one application, mails the link and sends the applicant to the check-your-mail page', async () => {
    const email = uniqueEmail('http');
    const form = validForm(email);
    const response = await postForm('/join/link', form);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/join/link/sent');
    const sent = await (await fetch(webUrl('/join/link/sent'))).text();
    expect(sent).toContain('メールをご確認ください');

    const mail = await waitForMail(email);
    const link = joinLinkUrl(config.web.publicBaseUrl, config.appSecret, form.applicationId);
    expect(firstUrl(mail.text)).toBe(link);
    // The ledger of sent mails keeps no working link.
    // Written once the SMTP server has accepted, so possibly a moment after the inbox shows it.
    const recorded = await vi.waitFor(async () => {
      const row = await db.models.SentMail.findOne({ where: { recipient: email } });
      if (!row) throw new Error('not recorded yet');
      return row;
    });
    expect(recorded?.body).toContain(`${link.split('token=')[0]}token=（記録しません）`);
    expect(recorded?.body).not.toContain(new URL(link).searchParams.get('token'));
  });

  it('answers a double submission of the same form with one application and one mail', async () => {
    const email = uniqueEmail('double');
    const form = validForm(email);
    const [first, second] = await Promise.all([postForm('/join/link', form), postForm('/join/link', form)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    await waitForMail(email);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await mailsTo(email)).toHaveLength(1);
    expect(await db.models.MembershipApplication.count({ where: { email } })).toBe(1);
  });

  it('answers htmx with the message fragment only', async () => {
    const response = await postForm('/join/link', validForm(uniqueEmail('htmx')), { 'HX-Request': 'true' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('id="join-link-sent"');
  });

  it('keeps the entered values and explains each error in Japanese, storing nothing', async () => {
    const form = { ...validForm('taro@example.co.jp'), companyName: '  ', emailConfirmation: 'jiro@example.co.jp' };
    const response = await postForm('/join/link', form);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('会社名を入力してください。');
    expect(html).toContain('メールアドレス (確認用)がメールアドレスと一致しません。');
    // The summary above the form links each message to its field's.
    expect(html).toContain('<div class="form-error error-summary" role="alert" tabindex="-1" autofocus="">');
    expect(html).toContain('<a href="#field-companyName-error">会社名を入力してください。</a>');
    expect(html).toContain('id="field-companyName-error"');
    expect(html).toContain('value="taro@example.co.jp"');
    expect(html).toContain('value="jiro@example.co.jp"');
    expect(await db.models.MembershipApplication.findByPk(form.applicationId)).toBeNull();
  });

  it('normalises a full-width mail address instead of refusing it', async () => {
    const email = uniqueEmail('wide');
    const wide = email.replace(/[a-z0-9@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const response = await postForm('/join/link', { ...validForm(email), email: wide, emailConfirmation: wide });
    expect(response.status).toBe(303);
    expect((await waitForMail(email)).to[0]?.address).toBe(email);
  });

  it('refuses a post from another site with a Japanese page', async () => {
    const response = await postForm('/join/link', validForm(uniqueEmail('csrf')), { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('この操作は許可されていません');
  });
});

describe('a リンク確認 form sent again once its application has ended', () => {
  it('starts nothing: the ended application keeps its one run', async () => {
    const email = uniqueEmail('ended');
    const form = validForm(email);
    expect((await postForm('/join/link', form)).status).toBe(303);
    await waitForMail(email);
    const client = await testTemporalClient();
    try {
      const handle = client.workflow.getHandle(membershipApplicationWorkflowId(form.applicationId));
      await handle.terminate('the application ended');
      const ended = await handle.describe();
      const again = await postForm('/join/link', { ...form, companyName: '別名電力株式会社' });
      expect(again.status).toBe(303);
      const latest = await client.workflow.getHandle(membershipApplicationWorkflowId(form.applicationId)).describe();
      expect([latest.runId, latest.status.name]).toEqual([ended.runId, 'TERMINATED']);
    } finally {
      await client.connection.close();
    }
  });
});

describe('the link to 加入(仮)申請', () => {
  it('opens for a valid link and refuses forged or unknown ones with one neutral message', async () => {
    const email = uniqueEmail('link');
    const form = validForm(email);
    await postForm('/join/link', form);
    const link = firstUrl((await waitForMail(email)).text);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('加入(仮)申請');
    expect(html).toContain(email);

    const forged = await fetch(link.replace(/token=.*/, 'token=forged'));
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('このリンクは無効です');
    const unknownId = randomUUID();
    const unknown = await fetch(joinLinkUrl(config.web.publicBaseUrl, config.appSecret, unknownId));
    expect(unknown.status).toBe(404);
  });
});

describe('health, headers and errors', () => {
  it('reports liveness and readiness of PostgreSQL and Temporal', async () => {
    expect((await fetch(webUrl('/healthz'))).status).toBe(200);
    const ready = await fetch(webUrl('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { postgres: 'ok', temporal: 'ok' } });
  });

  it('sends a CSP without unsafe-inline and a request id on every page', async () => {
    const response = await fetch(webUrl('/join/link'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown page in Japanese', async () => {
    const response = await fetch(webUrl('/no-such-page'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('ページが見つかりません');
  });

  it('serves the pinned htmx 4 itself', async () => {
    const response = await fetch(webUrl('/static/htmx.min.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('htmx');
  });
});

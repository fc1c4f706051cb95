// The staff console over HTTP: 事業者コード発行's refusals told in its own form, where the page
// scrolls to them, and the organisation's name leading staff to 本機関メニュー, members to ログイン.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemberWithAdmin, getWithCookie, memberCookie } from '../support/auth';
import { postForm } from '../support/http';
import { uniqueBusinessCode } from '../support/business-codes';
import { provisionallyApplied } from '../support/joining';
import { staffSuite } from '../support/staff-suite';
import { webUrl } from '../support/stack';

const suite = staffSuite();

/** The 事業者コード発行 form of a 加入申請詳細 page, and what the page shows before it. */
function codeForm(html: string, applicationId: string): { form: string; before: string } {
  const start = html.indexOf(`action="/staff/applications/${applicationId}/business-code"`);
  if (start < 0) return { form: '', before: html };
  return { form: html.slice(start, html.indexOf('</form>', start)), before: html.slice(0, start) };
}

const SUMMARY = '<div class="form-error error-summary" role="alert" tabindex="-1" autofocus="">';

describe('事業者コード発行 refused', () => {
  it('leads the code form with a summary that takes the focus, linking to the field message beside the field', async () => {
    const { applicationId, handle } = await provisionallyApplied(suite.client, 'code-refusal');
    const response = await postForm(`/staff/applications/${applicationId}/business-code`, { formId: randomUUID(), businessCode: 'ab' }, { cookie: suite.cookie });
    expect(response.status).toBe(422);
    const { form, before } = codeForm(await response.text(), applicationId);
    const message = '事業者コードは4桁の半角英数字で入力してください。';
    expect(form).toContain(`${SUMMARY}<p>入力内容に誤りがあります。以下の項目をご確認ください。</p><ul><li><a href="#field-businessCode-error">${message}</a></li></ul></div>`);
    expect(form.indexOf(SUMMARY)).toBeLessThan(form.indexOf('id="field-businessCode"'));
    expect(form).toContain(`<p class="error" id="field-businessCode-error" role="alert">${message}</p>`);
    expect(before).not.toContain(message);
    await handle.terminate('test finished');
  });

  it('marks the field of a code already in use, linked from the same summary, the code kept in the field', async () => {
    const { applicationId, handle } = await provisionallyApplied(suite.client, 'code-refusal');
    const { businessCode } = await createMemberWithAdmin(suite.db);
    // Told before the confirmation, and by the workflow when the code was taken after it.
    for (const confirmed of ['', 'yes']) {
      const response = await postForm(`/staff/applications/${applicationId}/business-code`, { formId: randomUUID(), businessCode, confirmed }, { cookie: suite.cookie });
      expect(response.status).toBe(409);
      const { form, before } = codeForm(await response.text(), applicationId);
      const message = `事業者コード「${businessCode}」は既に使用されています。別のコードを入力してください。`;
      expect(form).toContain(`${SUMMARY}<p>入力内容に誤りがあります。以下の項目をご確認ください。</p><ul><li><a href="#field-businessCode-error">${message}</a></li></ul></div>`);
      expect(form).toContain(`<p class="error" id="field-businessCode-error" role="alert">${message}</p>`);
      expect(form).toContain('aria-invalid="true"');
      expect(form).toContain(`value="${businessCode}"`);
      expect(before).not.toContain(message);
    }
    await handle.terminate('test finished');
  });

  it('tells the refusal at the top once the code form is gone (another code issued meanwhile)', async () => {
    const { applicationId, handle } = await provisionallyApplied(suite.client, 'code-refusal');
    const issued = await postForm(`/staff/applications/${applicationId}/business-code`, { formId: randomUUID(), businessCode: uniqueBusinessCode(), confirmed: 'yes' }, { cookie: suite.cookie });
    expect(issued.status).toBe(303);
    // From a page left open, asked (no confirmation shown) or confirmed: the same answer.
    for (const confirmed of ['', 'yes']) {
      const late = await postForm(`/staff/applications/${applicationId}/business-code`, { formId: randomUUID(), businessCode: uniqueBusinessCode(), confirmed }, { cookie: suite.cookie });
      expect(late.status).toBe(409);
      const html = await late.text();
      expect(codeForm(html, applicationId).form).toBe('');
      expect(html).toContain('<p class="form-error" role="alert">この申請は事業者コードを発行できる状態ではありません（仮申請済みの申請にのみ発行できます）。</p>');
    }
    await handle.terminate('test finished');
  });
});

describe('the organisation name in the header', () => {
  const brandLink = (html: string) => /<a class="brand" href="([^"]*)">/.exec(html)?.[1];

  it('leads staff to 本機関メニュー and members and visitors to ログイン', async () => {
    expect(brandLink(await (await getWithCookie('/staff', suite.cookie)).text())).toBe('/staff');
    expect(brandLink(await (await getWithCookie('/staff/audit', suite.cookie)).text())).toBe('/staff');
    expect(brandLink(await (await fetch(webUrl('/staff/login'))).text())).toBe('/staff');
    const member = await createMemberWithAdmin(suite.db);
    const memberSession = await memberCookie(member.businessCode, member.userId, member.password);
    expect(brandLink(await (await getWithCookie('/member', memberSession)).text())).toBe('/');
    expect(brandLink(await (await fetch(webUrl('/'))).text())).toBe('/');
  });
});

// The staff console's 加入申請 pages over HTTP: never without login, refusals shown in Japanese.
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { createStaffAccount, staffCookie } from '../support/auth';
import { postForm } from '../support/http';
import { sampleApplication, startApplication } from '../support/joining';
import { waitForMail } from '../support/mail-inbox';
import { testDatabase, testTemporalClient, uniqueEmail, webUrl } from '../support/stack';

let db: Database;
let client: Client;
let cookie: string;
beforeAll(async () => {
  db = testDatabase();
  client = await testTemporalClient();
  const account = await createStaffAccount(db);
  cookie = await staffCookie(account.loginId, account.password);
});
afterAll(async () => {
  await db.close();
  await client.connection.close();
});

async function provisionallyApplied() {
  const contact = uniqueEmail('staff-contact');
  const started = await startApplication(client, contact);
  await waitForMail(contact);
  const { receiptNumber } = await started.handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [sampleApplication(uniqueEmail('staff-admin1'))] });
  return { ...started, receiptNumber };
}

describe('staff 加入申請 pages', () => {
  it('cannot be reached or used without a staff login', async () => {
    const { applicationId, handle } = await provisionallyApplied();
    for (const path of ['/staff/applications', `/staff/applications/${applicationId}`]) {
      const response = await fetch(webUrl(path), { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/staff\/login/);
    }
    const post = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'reject', reason: 'x' });
    expect(post.headers.get('location')).toMatch(/^\/staff\/login/);
    expect((await db.models.MembershipApplication.findByPk(applicationId))?.status).toBe('provisional_submitted');
    await handle.terminate('test finished');
  });

  it('lists the application awaiting its code, links it to Temporal, and shows refusals and missing reasons', async () => {
    const { applicationId, handle, receiptNumber } = await provisionallyApplied();
    const list = await (await fetch(webUrl('/staff/applications'), { headers: { cookie } })).text();
    expect(list).toContain(`<a href="/staff/applications/${applicationId}">${receiptNumber}</a>`);
    expect(list).toContain(`/namespaces/default/workflows/membership-application-${applicationId}`);

    const approve = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'approve' }, { cookie });
    expect(approve.status).toBe(409);
    expect(await approve.text()).toContain('この申請は承認できる状態ではありません。');
    const noReason = await postForm(`/staff/applications/${applicationId}/decision`, { decision: 'reject', reason: ' ' }, { cookie });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('却下の理由を入力してください。');
    const badCode = await postForm(`/staff/applications/${applicationId}/business-code`, { businessCode: '12' }, { cookie });
    expect(badCode.status).toBe(422);
    expect(await badCode.text()).toContain('事業者コードは4桁の半角英数字で入力してください。');
    await handle.terminate('test finished');
  });
});

// The staff console links each item to its workflow in the Temporal Web UI, in a new tab:
// 会員情報変更申請一覧 to `change-request-<id>`, 会員一覧 and a member's history to `member-<事業者コード>`.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createMemberWithAdmin, createStaffAccount, staffCookie } from '../support/auth';
import { pageHtml } from '../support/paged-sections';
import { testConfig, testDatabase } from '../support/stack';

const { uiUrl, namespace } = testConfig().temporal;
let db: Database;
let staff: string;
let businessCode: string;
let requestId: string;

beforeAll(async () => {
  db = testDatabase();
  const account = await createStaffAccount(db);
  staff = await staffCookie(account.loginId, account.password);
  ({ businessCode } = await createMemberWithAdmin(db));
  requestId = randomUUID();
  await db.models.ChangeRequest.create({
    id: requestId, businessCode, kind: 'withdrawal', status: 'under_review',
    requestedCompany: null, successor: null, submittedBy: 'user:workflow-links', submittedAt: new Date(),
  });
});
afterAll(async () => {
  await db.models.ChangeRequest.destroy({ where: { id: requestId } });
  await db.close();
});

const workflowLink = (workflowId: string, label: string) =>
  `<a href="${uiUrl}/namespaces/${namespace}/workflows/${workflowId}" rel="noopener" target="_blank">${label}</a>`;

/** The table row that contains `marker`. */
function rowWith(html: string, marker: string): string {
  const row = [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((r) => r.includes(marker));
  if (!row) throw new Error(`no row with ${marker}`);
  return row;
}

describe('links to the Temporal UI', () => {
  it('on each row of 会員情報変更申請一覧, to the change request workflow', async () => {
    const html = await pageHtml('/staff/changes', staff);
    expect(html).toContain('<th scope="col">ワークフロー</th>');
    expect(rowWith(html, `/staff/changes/${requestId}"`)).toContain(workflowLink(`change-request-${requestId}`, 'Temporal UI'));
  });

  it("on each row of 会員一覧, to the member's workflow", async () => {
    const html = await pageHtml(`/staff/members?businessCode=${businessCode}`, staff);
    expect(html).toContain('<th scope="col">ワークフロー</th>');
    expect(rowWith(html, `<td>${businessCode}</td>`)).toContain(workflowLink(`member-${businessCode}`, 'Temporal UI'));
  });

  it("on the member's history, to the member's workflow", async () => {
    const html = await pageHtml(`/staff/members/${businessCode}/history`, staff);
    expect(html).toContain(`<dt>ワークフロー</dt><dd>${workflowLink(`member-${businessCode}`, 'Temporal UI で開く')}</dd>`);
  });
});

// The lifecycle picture and the timeline on the applicant's status page and the staff detail,
// state by state: submitted, code issued, 保留 with its reason, resubmitted, 承認, with the mails.
import { expect, it } from 'vitest';
import { statusPath } from '../../domain/status-link-token';
import {
  approveApplicationUpdate,
  holdApplicationUpdate,
  issueBusinessCodeUpdate,
  submitFinalApplicationUpdate,
  submitProvisionalApplicationUpdate,
} from '../../workflows/messages';
import { randomUUID } from 'node:crypto';
import { createMemberWithAdmin, memberCookie } from '../support/auth';
import { uniqueBusinessCode } from '../support/business-codes';
import { sampleApplication, startApplication } from '../support/joining';
import { waitForMail } from '../support/mail-inbox';
import { staffSuite } from '../support/staff-suite';
import { testConfig, uniqueEmail, webUrl } from '../support/stack';

const config = testConfig();
const suite = staffSuite();

/** Rows of the timeline table as [内容, 実施者, 理由・詳細]. */
function timelineRows(html: string): string[][] {
  const table = html.slice(html.indexOf('class="history timeline"'));
  return [...table.slice(0, table.indexOf('</table>')).matchAll(/<tr><td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td class="reason">([^<]*)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!, m[3]!]);
}

it('tells where the application stands and what happened, to the applicant and to staff', async () => {
  const email = uniqueEmail('timeline');
  const { handle, applicationId } = await startApplication(suite.client, email);
  const data = sampleApplication(email);
  const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [data] });
  await waitForMail(email);
  const status = webUrl(statusPath(config.appSecret, receiptNumber));
  const detail = webUrl(`/staff/applications/${applicationId}`);
  const applicantPage = async () => (await fetch(status)).text();
  const staffPage = async () => (await fetch(detail, { headers: { cookie: suite.cookie } })).text();

  let page = await applicantPage();
  expect(page).toContain('現在の段階：事業者コード発行');
  expect(timelineRows(page).slice(0, 2)).toEqual([
    ['加入申請リンク確認', '申請者', ''],
    ['加入(仮)申請', '申請者', ''],
  ]);
  expect(page).toContain('関連資料の提出');

  const businessCode = uniqueBusinessCode();
  await handle.executeUpdate(issueBusinessCodeUpdate, { args: [{ businessCode, staff: suite.loginId }] });
  await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }] });
  await handle.executeUpdate(holdApplicationUpdate, { args: [{ staff: suite.loginId, reason: '登記事項証明書を提出してください。' }] });
  page = await applicantPage();
  expect(page).toContain('現在の段階：保留・却下');
  expect(page).toContain('保留・却下（1回）');
  const applicantRows = timelineRows(page);
  expect(applicantRows).toContainEqual(['事業者コード発行', '本機関', '']);
  expect(applicantRows).toContainEqual(['保留', '本機関', '登記事項証明書を提出してください。']);
  expect(page).not.toContain(suite.loginId);

  const staffRows = timelineRows(await staffPage());
  expect(staffRows).toContainEqual(['保留', `本機関（${suite.loginId}）`, '登記事項証明書を提出してください。']);

  await handle.executeUpdate(submitFinalApplicationUpdate, { args: [{ businessCode, data }] });
  await handle.executeUpdate(approveApplicationUpdate, { args: [{ staff: suite.loginId }] });
  await handle.result();
  page = await applicantPage();
  expect(page).toContain('現在の段階：承認');
  const finalRows = timelineRows(page);
  expect(finalRows.filter(([what]) => what === '加入(本)申請')).toHaveLength(2);
  expect(finalRows.at(-1)?.[0]).toBe('メール送信');
  const mails = finalRows.filter(([what]) => what === 'メール送信').map(([, , detail]) => detail);
  expect(mails).toContainEqual(expect.stringContaining('加入(仮)申請のご案内'));
  expect(mails.length).toBeGreaterThanOrEqual(5);
  const staffFinal = await staffPage();
  expect(staffFinal).toContain('現在の段階：承認');
  expect(staffFinal).toContain('提出された関連資料を見る');
});

it('shows a member request\'s steps, applied changes, mails and 関連資料 to its 管理者 and to staff', async () => {
  const member = await createMemberWithAdmin(suite.db);
  const cookie = await memberCookie(member.businessCode, member.userId, member.password);
  const requestId = randomUUID();
  const at = (minutes: number) => new Date(Date.now() - (60 - minutes) * 60_000);
  await suite.db.models.ChangeRequest.create({ id: requestId, businessCode: member.businessCode, kind: 'change', status: 'approved', requestedCompany: null, successor: null, submittedBy: `user:${member.userId}`, submittedAt: at(0) });
  await suite.db.models.ChangeRequestEvent.bulkCreate([
    { requestId, sequence: 1, kind: 'submitted', actor: `user:${member.userId}`, reason: null, occurredAt: at(1) },
    { requestId, sequence: 2, kind: 'on_hold', actor: `staff:${suite.loginId}`, reason: '株主名簿を提出してください。', occurredAt: at(2) },
    { requestId, sequence: 3, kind: 'approved', actor: `staff:${suite.loginId}`, reason: null, occurredAt: at(4) },
  ]);
  await suite.db.models.MemberAuditEntry.create({ businessCode: member.businessCode, actor: `staff:${suite.loginId}`, action: 'company_changed', requestId, changes: [{ label: '会社名', before: '旧電力', after: '新電力' }], occurredAt: at(5) });
  await suite.db.models.SentMail.create({ idempotencyKey: `change-request:${requestId}:2:1`, recipient: member.email, subject: '【電力広域的運営推進機関】会員情報変更申請の保留', body: '', messageId: `<${requestId}>`, sentAt: at(3) });

  const rows = async (path: string, headers: Record<string, string>) => timelineRows(await (await fetch(webUrl(path), { headers })).text());
  const memberRows = await rows(`/member/changes/${requestId}`, { cookie });
  expect(memberRows.map(([what]) => what)).toEqual(['申請', '保留', 'メール送信', '承認', '会社情報変更']);
  expect(memberRows[1]).toEqual(['保留', '本機関', '株主名簿を提出してください。']);
  expect(memberRows[4]?.[2]).toBe('会社名: 旧電力 → 新電力');
  const staffRows = await rows(`/staff/changes/${requestId}`, { cookie: suite.cookie });
  expect(staffRows[1]).toEqual(['保留', `本機関（${suite.loginId}）`, '株主名簿を提出してください。']);
});

it('shows a member its own history, newest first, and staff the same with who acted', async () => {
  const member = await createMemberWithAdmin(suite.db);
  const other = await createMemberWithAdmin(suite.db);
  const cookie = await memberCookie(member.businessCode, member.userId, member.password);
  await suite.db.models.MemberAuditEntry.create({ businessCode: member.businessCode, actor: `user:${member.userId}`, action: 'administrator_changed', requestId: null, changes: [{ label: '管理者① 電話番号', before: '03-1111-1111', after: '03-2222-2222' }], occurredAt: new Date() });
  await suite.db.models.MemberAuditEntry.create({ businessCode: other.businessCode, actor: 'staff:someone', action: 'company_changed', requestId: null, changes: [{ label: '会社名', before: 'A', after: '他社の秘密' }], occurredAt: new Date() });

  const page = await (await fetch(webUrl('/member/changes/history'), { headers: { cookie } })).text();
  const rows = timelineRows(page);
  expect(rows[0]).toEqual(['管理者情報変更', `申請者（${member.userId}）`, '管理者① 電話番号: 03-1111-1111 → 03-2222-2222']);
  expect(rows.at(-1)?.[0]).toBe('加入（承認）');
  expect(page).not.toContain('他社の秘密');

  const staffPage = await (await fetch(webUrl(`/staff/members/${member.businessCode}/history`), { headers: { cookie: suite.cookie } })).text();
  expect(timelineRows(staffPage)[0]?.[0]).toBe('管理者情報変更');
  // Beside its history, staff read the member's current information as the member does.
  expect(staffPage).toContain('<h1>会員情報・履歴</h1>');
  // Whose it is at the top, and the way to its audit trail.
  expect(staffPage).toContain(`<dt>事業者コード</dt><dd>${member.businessCode}</dd><dt>会社名</dt><dd>${member.companyName}</dd>`);
  expect(staffPage).toContain(`<a href="/staff/audit?businessCode=${member.businessCode}">この会員の会員情報変更履歴（監査証跡）</a>`);
  expect(staffPage).toContain(`<tr><th scope="row">会社名</th><td>${member.companyName}</td></tr>`);
  expect(staffPage).toContain(`<tr><th scope="row">ユーザID</th><td>${member.userId}</td></tr>`);
  expect((await fetch(webUrl(`/staff/members/${member.businessCode}/history`), { redirect: 'manual' })).status).toBe(303);
});

it('names the staff who approved the 加入申請 to staff, and 本機関 to the member', async () => {
  const member = await createMemberWithAdmin(suite.db);
  const applicationId = randomUUID();
  await suite.db.models.MembershipApplication.create({ id: applicationId, companyName: member.companyName, contactName: '承認 太郎', email: member.email, status: 'approved', linkExpiresAt: new Date() });
  await suite.db.models.MembershipApplicationEvent.create({ applicationId, sequence: 1, kind: 'approved', actor: suite.loginId, reason: null, occurredAt: new Date() });
  await suite.db.models.Member.update({ applicationId }, { where: { businessCode: member.businessCode } });

  const staffRows = timelineRows(await (await fetch(webUrl(`/staff/members/${member.businessCode}/history`), { headers: { cookie: suite.cookie } })).text());
  expect(staffRows.at(-1)?.slice(0, 2)).toEqual(['加入（承認）', `本機関（${suite.loginId}）`]);
  const cookie = await memberCookie(member.businessCode, member.userId, member.password);
  const memberRows = timelineRows(await (await fetch(webUrl('/member/changes/history'), { headers: { cookie } })).text());
  expect(memberRows.at(-1)?.slice(0, 2)).toEqual(['加入（承認）', '本機関']);
});

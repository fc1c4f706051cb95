// 関連資料: applicants upload through their status link, staff download behind their login;
// type checked by content, size limited, nobody else reaches a file.
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_CAPS } from '../../db/repositories/attachments';
import { statusPath } from '../../domain/status-link-token';
import { submitProvisionalApplicationUpdate } from '../../workflows/messages';
import { randomUUID } from 'node:crypto';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie } from '../support/auth';
import { sampleApplication, startApplication } from '../support/joining';
import { testConfig, uniqueEmail, webUrl } from '../support/stack';
import { staffSuite } from '../support/staff-suite';

const config = testConfig();
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('1 0 obj <<>> endobj\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const CLOSED = 'この申請の手続きは終了しているため、関連資料の提出は受け付けていません。';
const suite = staffSuite();

/** An application with its 受付番号, and the paths its applicant uses. */
async function provisionalApplication() {
  const email = uniqueEmail('attach');
  const { handle, applicationId } = await startApplication(suite.client, email);
  const { receiptNumber } = await handle.executeUpdate(submitProvisionalApplicationUpdate, { args: [sampleApplication(email)] });
  const status = statusPath(config.appSecret, receiptNumber);
  const [path, query] = status.split('?');
  return { applicationId, attachments: `${path}/attachments?${query}`, file: (id: string) => `${path}/attachments/${id}?${query}` };
}

function upload(path: string, name: string, bytes: Buffer, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return fetch(webUrl(path), { method: 'POST', body: form, redirect: 'manual', headers: { origin: new URL(webUrl()).origin } });
}

describe('関連資料', () => {
  it('takes a PDF from the applicant, lists it, and gives the same bytes to staff as a download', async () => {
    const { applicationId, attachments, file } = await provisionalApplication();
    const page = await (await fetch(webUrl(attachments))).text();
    expect(page).toContain('<label for="field-file">関連資料</label>');
    expect(page).toContain('提出された関連資料はありません。');

    const response = await upload(attachments, '登記簿謄本.pdf', PDF);
    expect(response.status).toBe(303);
    const listed = await (await fetch(webUrl(response.headers.get('location') as string))).text();
    expect(listed).toContain('関連資料を提出しました。');
    expect(listed).toContain('登記簿謄本.pdf');

    const [stored] = await suite.db.models.Attachment.findAll({ where: { ownerId: applicationId } });
    expect(stored?.contentType).toBe('application/pdf');
    const download = await fetch(webUrl(`/staff/applications/${applicationId}/attachments/${stored?.id}`), { headers: { cookie: suite.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('登記簿謄本.pdf')}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect((await fetch(webUrl(file(stored!.id)))).status).toBe(200);
    const staffList = await (await fetch(webUrl(`/staff/applications/${applicationId}/attachments`), { headers: { cookie: suite.cookie } })).text();
    expect(staffList).toContain('登記簿謄本.pdf');
  });

  it('judges the type by content: an image is accepted whatever its name, HTML named .pdf is refused', async () => {
    const { applicationId, attachments } = await provisionalApplication();
    expect((await upload(attachments, 'scan.bin', PNG)).status).toBe(303);
    const refused = await upload(attachments, 'invoice.pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'application/pdf');
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('提出できるファイルはPDF・PNG・JPEGです。');
    const stored = await suite.db.models.Attachment.findAll({ where: { ownerId: applicationId } });
    expect(stored.map((a) => a.contentType)).toEqual(['image/png']);
  });

  it('refuses an empty form and a file over the limit with a message, storing nothing', async () => {
    const { applicationId, attachments } = await provisionalApplication();
    const empty = await fetch(webUrl(attachments), { method: 'POST', body: new FormData(), headers: { origin: new URL(webUrl()).origin } });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('提出するファイルを選択してください。');
    // Just over the limit (read and measured), and far over it (cut off while arriving).
    const over = await upload(attachments, 'over.pdf', Buffer.concat([PDF, Buffer.alloc(config.attachmentMaxBytes)]));
    expect(over.status).toBe(422);
    expect(await over.text()).toContain('ファイルのサイズが大きすぎます。');
    const huge = await upload(attachments, 'huge.pdf', Buffer.concat([PDF, Buffer.alloc(config.attachmentMaxBytes + 200_000)]));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('ファイルのサイズが大きすぎます。');
    expect(await suite.db.models.Attachment.count({ where: { ownerId: applicationId } })).toBe(0);
  });

  it('serves no file without the right link or the staff login', async () => {
    const first = await provisionalApplication();
    const second = await provisionalApplication();
    await upload(first.attachments, 'a.pdf', PDF);
    const [stored] = await suite.db.models.Attachment.findAll({ where: { ownerId: first.applicationId } });
    const id = stored!.id;
    // Another application's link, a forged token, anonymous and member-less requests to staff.
    expect((await fetch(webUrl(second.file(id)))).status).toBe(404);
    expect((await fetch(webUrl(first.file(id).replace(/token=[^&]+/, 'token=forged')))).status).toBe(404);
    const anonymous = await fetch(webUrl(`/staff/applications/${first.applicationId}/attachments/${id}`), { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/staff/login');
    expect((await fetch(webUrl(`/staff/applications/${second.applicationId}/attachments/${id}`), { headers: { cookie: suite.cookie } })).status).toBe(404);
    expect((await upload(first.attachments.replace(/token=[^&]+/, 'token=forged'), 'b.pdf', PDF)).status).toBe(404);
  });
});

describe('関連資料 names', () => {
  it('end with the extension of the type found in the file, whatever the uploader named it', async () => {
    const { applicationId, attachments } = await provisionalApplication();
    const long = `${'資'.repeat(196)}.bat`;
    const names: [string, Buffer, string][] = [
      ['申請書.pdf.bat', PDF, '申請書.pdf.bat.pdf'],
      ['申請書.hta', PDF, '申請書.hta.pdf'],
      ['登記簿', PDF, '登記簿.pdf'],
      ['図面.PDF', PDF, '図面.PDF'],
      ['写真.png.exe', PNG, '写真.png.exe.png'],
      ['写真.jpeg', JPEG, '写真.jpeg'],
      ['写真.png', JPEG, '写真.png.jpg'],
      [long, PDF, `${'資'.repeat(196)}.pdf`],
    ];
    for (const [name, bytes] of names) expect((await upload(attachments, name, bytes)).status).toBe(303);
    const stored = await suite.db.models.Attachment.findAll({ where: { ownerId: applicationId } });
    expect(stored.map((a) => a.fileName).sort()).toEqual(names.map(([, , kept]) => kept).sort());
    // The download says the same name, beside the same type.
    const bat = stored.find((a) => a.fileName.startsWith('申請書.pdf'));
    const download = await fetch(webUrl(`/staff/applications/${applicationId}/attachments/${bat!.id}`), { headers: { cookie: suite.cookie } });
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('申請書.pdf.bat.pdf')}`);
  });
});

describe('関連資料 caps', () => {
  it(`takes at most ${ATTACHMENT_CAPS.files} files per 加入申請, also when the last ones arrive at once, and stores nothing more`, async () => {
    const { applicationId, attachments } = await provisionalApplication();
    for (let i = 1; i < ATTACHMENT_CAPS.files; i++) expect((await upload(attachments, `資料${i}.pdf`, PDF)).status).toBe(303);
    const last = await Promise.all([upload(attachments, 'a.pdf', PDF), upload(attachments, 'b.pdf', PDF)]);
    expect(last.map((r) => r.status).sort()).toEqual([303, 409]);
    const refused = await upload(attachments, 'c.pdf', PDF);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(`関連資料は1つの申請につき${ATTACHMENT_CAPS.files}ファイルまで提出できます。`);
    expect(await suite.db.models.Attachment.count({ where: { ownerId: applicationId } })).toBe(ATTACHMENT_CAPS.files);
  });

  it('takes no file past the total size per 加入申請', async () => {
    const { applicationId, attachments } = await provisionalApplication();
    // What is stored already, counted by its recorded size.
    await suite.db.models.Attachment.create({ id: randomUUID(), ownerKind: 'application', ownerId: applicationId, fileName: '大きな資料.pdf', contentType: 'application/pdf', size: ATTACHMENT_CAPS.totalBytes - PDF.length + 1, content: PDF });
    const refused = await upload(attachments, '追加.pdf', PDF);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('関連資料は1つの申請につき合計100.0MBまで提出できます。このファイルを提出すると上限を超えるため、提出できません。');
    expect(await suite.db.models.Attachment.count({ where: { ownerId: applicationId } })).toBe(1);
    // The form says the caps beside its field.
    expect(await (await fetch(webUrl(attachments))).text()).toContain(`（1つの申請につき${ATTACHMENT_CAPS.files}ファイル・合計100.0MBまで）`);
  });
});

describe('関連資料 of a member request', () => {
  async function memberWithRequest() {
    const member = await createMemberWithAdmin(suite.db);
    const cookie = await memberCookie(member.businessCode, member.userId, member.password);
    const request = await suite.db.models.ChangeRequest.create({
      id: randomUUID(),
      businessCode: member.businessCode,
      kind: 'withdrawal',
      status: 'under_review',
      requestedCompany: null,
      successor: null,
      submittedBy: `user:${member.userId}`,
      submittedAt: new Date(),
    });
    return { ...member, cookie, requestId: request.id };
  }

  it('takes no file once the request is closed, nor past its caps, storing nothing', async () => {
    const owner = await memberWithRequest();
    await suite.db.models.ChangeRequest.update({ status: 'approved' }, { where: { id: owner.requestId } });
    const closed = await memberUpload(owner.cookie, owner.requestId, '脱退届.pdf', PDF);
    expect(closed.status).toBe(409);
    expect(await closed.text()).toContain(CLOSED);
    // Its pages offer no upload any more: the list of what was sent.
    const page = await (await getWithCookie(`/member/changes/${owner.requestId}/attachments`, owner.cookie)).text();
    expect(page).toContain(CLOSED);
    expect(page).not.toContain('type="file"');
    expect(await (await getWithCookie(`/member/changes/${owner.requestId}`, owner.cookie)).text()).toContain('>提出済みの関連資料</a>');

    const full = await memberWithRequest();
    for (let i = 0; i < ATTACHMENT_CAPS.files; i++) {
      await suite.db.models.Attachment.create({ id: randomUUID(), ownerKind: 'change_request', ownerId: full.requestId, fileName: `資料${i}.pdf`, contentType: 'application/pdf', size: PDF.length, content: PDF });
    }
    const refused = await memberUpload(full.cookie, full.requestId, '追加.pdf', PDF);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(`関連資料は1つの申請につき${ATTACHMENT_CAPS.files}ファイルまで提出できます。`);
    expect(await suite.db.models.Attachment.count({ where: { ownerId: owner.requestId } })).toBe(0);
    expect(await suite.db.models.Attachment.count({ where: { ownerId: full.requestId } })).toBe(ATTACHMENT_CAPS.files);
  });

  function memberUpload(cookie: string, requestId: string, name: string, bytes: Buffer) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(webUrl(`/member/changes/${requestId}/attachments`), { method: 'POST', body: form, redirect: 'manual', headers: { origin: new URL(webUrl()).origin, cookie } });
  }

  it('takes a file from the member\'s 管理者 and gives it to staff, and to nobody else', async () => {
    const owner = await memberWithRequest();
    const other = await memberWithRequest();
    const page = await (await fetch(webUrl(`/member/changes/${owner.requestId}/attachments`), { headers: { cookie: owner.cookie } })).text();
    expect(page).toContain('<h1>関連資料の提出</h1>');
    const uploaded = await memberUpload(owner.cookie, owner.requestId, '脱退届.pdf', PDF);
    expect(uploaded.status).toBe(303);
    const [stored] = await suite.db.models.Attachment.findAll({ where: { ownerKind: 'change_request', ownerId: owner.requestId } });
    expect(stored?.fileName).toBe('脱退届.pdf');

    const staffDownload = await fetch(webUrl(`/staff/changes/${owner.requestId}/attachments/${stored!.id}`), { headers: { cookie: suite.cookie } });
    expect(staffDownload.status).toBe(200);
    expect(Buffer.from(await staffDownload.arrayBuffer())).toEqual(PDF);
    expect(await (await fetch(webUrl(`/staff/changes/${owner.requestId}/attachments`), { headers: { cookie: suite.cookie } })).text()).toContain('脱退届.pdf');

    // Another member's 管理者 finds neither the request's files nor a way to add to them.
    expect((await fetch(webUrl(`/member/changes/${owner.requestId}/attachments/${stored!.id}`), { headers: { cookie: other.cookie } })).status).toBe(404);
    expect((await memberUpload(other.cookie, owner.requestId, 'x.pdf', PDF)).status).toBe(404);
    // The same file id under the wrong record is not found for staff either.
    expect((await fetch(webUrl(`/staff/changes/${other.requestId}/attachments/${stored!.id}`), { headers: { cookie: suite.cookie } })).status).toBe(404);
    // A 担当者 of the same member is refused (会員情報変更 is for 管理者).
    const person = await createPersonInCharge(suite.db, owner.businessCode);
    const personCookie = await memberCookie(owner.businessCode, person.userId, person.password);
    expect((await fetch(webUrl(`/member/changes/${owner.requestId}/attachments`), { headers: { cookie: personCookie } })).status).toBe(403);
  });
});

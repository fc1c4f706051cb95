// A member's changes racing each other and the end of the membership, made deterministic: the
// test holds the member row (SELECT … FOR UPDATE) while requests arrive, and lets go once they
// wait for it. And forms shown before another 管理者 changed what they show.
import { randomUUID } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import { afterAll, describe, expect, it } from 'vitest';
import { endSessionsOfMember } from '../../db/repositories/sessions';
import { insertUser } from '../../db/repositories/users';
import { generatePassword } from '../../domain/password-generator';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie, sampleProfile } from '../support/auth';
import { postForm } from '../support/http';
import { changeFormEntries, currentData, knownAdmin, postEntries } from '../support/member-changes';
import { testDatabase } from '../support/stack';

const db = testDatabase();
afterAll(() => db.close());

async function holdMember(businessCode: string): Promise<{ transaction: Transaction; xid: string }> {
  const transaction = await db.sequelize.transaction();
  await db.models.Member.findByPk(businessCode, { transaction, lock: transaction.LOCK.UPDATE });
  const [row] = await db.sequelize.query<{ xid: string }>('SELECT txid_current()::text AS xid', { transaction, type: QueryTypes.SELECT });
  if (!row) throw new Error('no transaction id');
  return { transaction, xid: row.xid };
}

/** Waits until `count` requests wait for the held member row (on its holder, or behind the first waiter). */
async function waitForWaiters(holder: { xid: string }, count: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = await db.sequelize.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE NOT granted AND ((locktype = 'transactionid' AND transactionid::text = :xid) OR (locktype = 'tuple' AND relation = 'members'::regclass))`,
      { replacements: { xid: holder.xid }, type: QueryTypes.SELECT },
    );
    if (row?.n === count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${count} requests never waited for the member row`);
}

async function administrator() {
  const admin = knownAdmin();
  const member = await createMemberWithAdmin(db, { admin });
  return { ...member, admin, cookie: await memberCookie(member.businessCode, member.userId, member.password) };
}

describe('changes of one member at the same moment', () => {
  it('queue on the member row: two 管理者 changes both apply, neither deadlocks into a 500', async () => {
    const m = await administrator();
    const held = await holdMember(m.businessCode);
    const posts = ['03-1111-0001', '03-1111-0002'].map((phone) =>
      postEntries('/member/changes', changeFormEntries(currentData(m.companyName, { ...m.admin, phone }), randomUUID()), m.cookie),
    );
    await waitForWaiters(held, 2);
    await held.transaction.commit();
    const statuses = (await Promise.all(posts)).map((response) => response.status);
    expect(statuses).toEqual([303, 303]);
    expect(await db.models.ChangeRequest.count({ where: { businessCode: m.businessCode, kind: 'administrators' } })).toBe(2);
  });
});

describe('a change on its way when the membership ends', () => {
  it('writes nothing and says the membership has ended', async () => {
    const m = await administrator();
    const held = await holdMember(m.businessCode);
    const registration = postEntries(
      '/member/users',
      [['requestId', randomUUID()], ['userId', 'late01'], ['duties', '会費'], ['department', '総務部'], ['lastName', '遅野'], ['firstName', '着'], ['lastNameKana', 'ｵｿﾉ'], ['firstNameKana', 'ﾂｷ'], ['email', 'late@example.jp'], ['emailConfirmation', 'late@example.jp'], ['phone', '03-1234-5678'], ['note', '']],
      m.cookie,
    );
    await waitForWaiters(held, 1);
    // As 脱退's approval does: the membership ends and so do its sessions.
    await db.models.Member.update({ status: 'withdrawn' }, { where: { businessCode: m.businessCode }, transaction: held.transaction });
    await endSessionsOfMember(db, m.businessCode, held.transaction);
    await held.transaction.commit();
    const response = await registration;
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('会員資格が終了しているため（承継または脱退）、本システムはご利用いただけません。');
    expect(await db.models.User.count({ where: { businessCode: m.businessCode } })).toBe(1);
  });
});

describe('パスワード初期化 of a 担当者 deleted meanwhile', () => {
  it('records nothing and says the user was deleted', async () => {
    const m = await administrator();
    const person = await createPersonInCharge(db, m.businessCode);
    const held = await holdMember(m.businessCode);
    const reset = postEntries(`/member/users/${person.userId}/password-reset`, [['requestId', randomUUID()]], m.cookie);
    await waitForWaiters(held, 1);
    await db.models.User.destroy({ where: { businessCode: m.businessCode, userId: person.userId }, transaction: held.transaction });
    await held.transaction.commit();
    const response = await reset;
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(`ユーザID ${person.userId} のユーザは削除されているため、パスワード初期化は行われませんでした。`);
    expect(await db.models.MemberAuditEntry.count({ where: { businessCode: m.businessCode, action: 'password_reset' } })).toBe(0);
  });
});

describe('a 脱退 form brought back and sent as 承継', () => {
  it('is refused with what the form already sent, not answered 「受け付けました」', async () => {
    const m = await administrator();
    const requestId = randomUUID();
    expect((await postEntries('/member/changes/withdrawal', [['requestId', requestId]], m.cookie)).status).toBe(303);
    const succession = await postEntries(
      '/member/changes/ending',
      [['requestId', requestId], ['action', 'succession'], ['successorCode', 'ZZ99'], ['successorName', '承継電力株式会社']],
      m.cookie,
    );
    expect(succession.status).toBe(409);
    expect(await succession.text()).toContain('この画面からはすでに「脱退」を申請しています。');
    const requests = await db.models.ChangeRequest.findAll({ where: { businessCode: m.businessCode } });
    expect(requests.map((request) => request.kind)).toEqual(['withdrawal']);
    expect((await getWithCookie(`/member/changes/${requestId}`, m.cookie)).status).toBe(200);
  });
});

/** The value of a hidden field on a page, as the browser would send it back. */
async function hiddenValue(pathname: string, cookie: string, name: string): Promise<string> {
  const html = await (await getWithCookie(pathname, cookie)).text();
  const value = new RegExp(`<input type="hidden" name="${name}" value="([^"]+)"`).exec(html)?.[1];
  if (!value) throw new Error(`no ${name} on ${pathname}`);
  return value;
}

describe('a form shown before another 管理者 changed what it shows', () => {
  it('ユーザ情報詳細: is refused with the latest values instead of undoing the other change', async () => {
    const m = await administrator();
    const person = await createPersonInCharge(db, m.businessCode, { profile: { phone: '03-1111-2222', department: '総務部' } });
    const page = `/member/users/${person.userId}`;
    const basis = await hiddenValue(page, m.cookie, 'basis');
    const stored = await db.models.User.findOne({ where: { businessCode: m.businessCode, userId: person.userId } });
    if (!stored) throw new Error('no 担当者');
    const form = (changes: Record<string, string>) => ({
      basis, duties: stored.duties.join(','), department: stored.department, lastName: stored.lastName, firstName: stored.firstName,
      lastNameKana: stored.lastNameKana, firstNameKana: stored.firstNameKana, email: stored.email, emailConfirmation: stored.email, phone: stored.phone, note: stored.note,
      ...changes,
    });
    expect((await postForm(page, form({ phone: '03-9999-0000' }), { cookie: m.cookie })).status).toBe(303);
    const stale = await postForm(page, form({ department: '経理部' }), { cookie: m.cookie });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('この画面を表示した後に、ほかの方がユーザ情報を変更しました。');
    expect(html).toContain('value="03-9999-0000"');
    const after = await stored.reload();
    expect([after.phone, after.department]).toEqual(['03-9999-0000', '総務部']);
  });

  it('会員情報変更: a 管理者 change from an older form is refused, showing the 管理者 as they are now', async () => {
    const admin = knownAdmin();
    const m = await createMemberWithAdmin(db, { admin });
    const second = sampleProfile();
    const secondPassword = generatePassword();
    await db.sequelize.transaction((transaction) => insertUser(db, { ...second, businessCode: m.businessCode, role: 'administrator', adminSlot: 2 }, secondPassword, false, transaction));
    const first = { cookie: await memberCookie(m.businessCode, m.userId, m.password) };
    const other = { cookie: await memberCookie(m.businessCode, second.userId, secondPassword) };
    const firstBasis = await hiddenValue('/member/changes/new', first.cookie, 'administratorsBasis');
    const otherBasis = await hiddenValue('/member/changes/new', other.cookie, 'administratorsBasis');
    const post = (cookie: string, basis: string, data: ReturnType<typeof currentData>) =>
      postEntries('/member/changes', [...changeFormEntries(data, randomUUID()), ['administratorsBasis', basis]], cookie);

    expect((await post(first.cookie, firstBasis, currentData(m.companyName, { ...admin, phone: '03-4444-0001' }, second))).status).toBe(303);
    const stale = await post(other.cookie, otherBasis, currentData(m.companyName, admin, { ...second, phone: '03-4444-0002' }));
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('この画面を表示した後に、ほかの方が管理者情報を変更しました。');
    expect(html).toContain('value="03-4444-0001"');
    const phones = (await db.models.User.findAll({ where: { businessCode: m.businessCode }, order: [['adminSlot', 'ASC']] })).map((user) => user.phone);
    expect(phones).toEqual(['03-4444-0001', second.phone]);

    // Sent again from the page the refusal showed, it applies.
    const again = await post(other.cookie, await hiddenValue('/member/changes/new', other.cookie, 'administratorsBasis'), currentData(m.companyName, { ...admin, phone: '03-4444-0001' }, { ...second, phone: '03-4444-0002' }));
    expect(again.status).toBe(303);
  });
});

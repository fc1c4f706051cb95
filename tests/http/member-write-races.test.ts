// A member's changes racing each other and the end of the membership, made deterministic: the
// test holds the member row (SELECT … FOR UPDATE) while requests arrive, and lets go once they
// wait for it.
import { randomUUID } from 'node:crypto';
import { QueryTypes, type Transaction } from 'sequelize';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemberWithAdmin, createPersonInCharge, getWithCookie, memberCookie } from '../support/auth';
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
    await db.models.Member.update({ status: 'withdrawn' }, { where: { businessCode: m.businessCode }, transaction: held.transaction });
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

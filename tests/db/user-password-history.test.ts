// 過去3世代 counts the passwords users chose: a user made with a temporary password (to be
// replaced by the mailed one) starts with an empty history.
import { afterAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../db/repositories/users';
import { createMemberWithAdmin, sampleProfile } from '../support/auth';
import { testDatabase } from '../support/stack';

const db = testDatabase();
afterAll(() => db.close());

describe("a new user's password history", () => {
  it('holds a chosen password and leaves a temporary one out', async () => {
    const member = await createMemberWithAdmin(db);
    const insert = (mustChange: boolean) =>
      db.sequelize.transaction((transaction) =>
        insertUser(db, { ...sampleProfile(), businessCode: member.businessCode, role: 'person_in_charge', adminSlot: null }, 'Chosen-Pass1', mustChange, transaction),
      );
    const temporary = await insert(true);
    const chosen = await insert(false);
    expect(await db.models.PasswordHistory.count({ where: { userId: temporary.id } })).toBe(0);
    expect(await db.models.PasswordHistory.count({ where: { userId: chosen.id } })).toBe(1);
  });
});

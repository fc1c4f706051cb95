// 本機関 staff accounts: created by `npm run staff:create` and by the first `npm start`.
import { hashPassword } from '../../domain/password-hash';
import type { Database } from '../database';
import type { StaffUser } from '../models/staff-user';

export interface NewStaffUser {
  loginId: string;
  name: string;
  email: string;
}

export class StaffLoginIdTakenError extends Error {}

export const STAFF_LOGIN_ID = /^[A-Za-z0-9._-]{3,32}$/;

export async function createStaffUser(db: Database, input: NewStaffUser, password: string, mustChange: boolean): Promise<StaffUser> {
  const passwordHash = await hashPassword(password);
  return db.sequelize.transaction(async (transaction) => {
    if (await db.models.StaffUser.findOne({ where: { loginId: input.loginId }, transaction })) throw new StaffLoginIdTakenError(input.loginId);
    const staff = await db.models.StaffUser.create({ ...input, passwordHash, passwordChangedAt: new Date(), mustChangePassword: mustChange }, { transaction });
    await db.models.PasswordHistory.create({ userId: null, staffUserId: staff.id, passwordHash }, { transaction });
    return staff;
  });
}

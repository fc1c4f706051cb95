// ログイン (manual 2.2) for members, and the staff console's own login.
import { z } from 'zod';
import { businessCode, passwordInput, userId } from './user-fields';

export const MEMBER_LOGIN_FIELDS = ['businessCode', 'userId', 'password'] as const;
export type MemberLoginField = (typeof MEMBER_LOGIN_FIELDS)[number];

export const memberLoginSchema = z.object({
  businessCode: businessCode(),
  userId: userId(),
  password: passwordInput(),
});

export const STAFF_LOGIN_FIELDS = ['loginId', 'password'] as const;
export type StaffLoginField = (typeof STAFF_LOGIN_FIELDS)[number];

export const staffLoginSchema = z.object({
  loginId: z.string({ error: 'ログインIDを入力してください。' }).trim().min(1, 'ログインIDを入力してください。').max(32, 'ログインIDは32文字以内で入力してください。'),
  password: passwordInput(),
});

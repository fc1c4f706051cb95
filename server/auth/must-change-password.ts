// Whether the パスワード変更 screen must come before anything else: an initial or reset password,
// or one older than the policy's maximum age (90 days by default).
import { isPasswordExpired, type PasswordPolicy } from '../../domain/password-policy';

export function mustChangePassword(account: { mustChangePassword: boolean; passwordChangedAt: Date }, policy: PasswordPolicy): boolean {
  return account.mustChangePassword || isPasswordExpired(account.passwordChangedAt, new Date(), policy);
}

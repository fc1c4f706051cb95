// Mails about accounts (第2章, 第3章). The secret of each mail (a password, a reset link's token)
// is made here, so it exists only in the user's inbox: not in workflow history, not in the ledger.
// A retry before the mail was accepted makes a fresh secret; after it, the ledger stops a resend.
import type { Database } from '../db/database';
import { setPassword } from '../db/repositories/credentials';
import type { AccountMailRequest } from '../domain/account-mail';
import { generatePassword } from '../domain/password-generator';
import type { PasswordPolicy } from '../domain/password-policy';
import { generateSecretToken, hashSecretToken } from '../domain/secret-token';
import { passwordResetLinkMail } from '../templates/mail/password-reset-link';
import { userPasswordMail } from '../templates/mail/user-password';
import { sendAndRecord, sentBefore, type DeliveryResult } from './mail/deliver-once';
import type { Mailer } from './mail/mailer';

export interface AccountMailActivityDeps {
  db: Database;
  mailer: Mailer;
  mailFrom: string;
  publicBaseUrl: string;
  /** The configured rules the mailed password meets. */
  passwordPolicy: PasswordPolicy;
}

export function createAccountMailActivities(deps: AccountMailActivityDeps) {
  const { db } = deps;

  async function compose(request: AccountMailRequest) {
    const user = await db.models.User.findByPk(request.userRowId);
    // Deleted in the meantime: nobody to write to, and nothing to retry.
    if (!user) return undefined;
    const member = await db.models.Member.findByPk(user.businessCode);
    const common = {
      companyName: member?.companyName ?? '',
      userName: `${user.lastName} ${user.firstName}`,
      businessCode: user.businessCode,
      userId: user.userId,
    };
    if (request.kind === 'user-password') {
      const password = generatePassword(deps.passwordPolicy);
      await setPassword(db, { kind: 'user', id: user.id }, password, { mustChange: true });
      return { to: user.email, ...userPasswordMail({ ...common, password, loginUrl: `${deps.publicBaseUrl}/login`, reason: request.reason, role: user.role }) };
    }
    const token = generateSecretToken();
    const expiresAt = new Date(request.expiresAt);
    await db.models.PasswordResetToken.create({ id: hashSecretToken(token), userId: user.id, expiresAt });
    return { to: user.email, ...passwordResetLinkMail({ ...common, url: `${deps.publicBaseUrl}/password/reset/${token}`, expiresAt }) };
  }

  return {
    async sendAccountMail(request: AccountMailRequest): Promise<DeliveryResult | undefined> {
      const sent = await sentBefore(db, request.idempotencyKey);
      if (sent) return sent;
      const mail = await compose(request);
      if (!mail) return undefined;
      return sendAndRecord(db, deps.mailer, deps.mailFrom, { idempotencyKey: request.idempotencyKey, ...mail });
    },
  };
}

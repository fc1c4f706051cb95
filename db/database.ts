// Opens PostgreSQL through Sequelize and registers every model.
import { Sequelize } from 'sequelize';
import { initMembershipApplication } from './models/membership-application';
import { initMembershipApplicationEvent } from './models/membership-application-event';
import { initMember } from './models/member';
import { initSentMail } from './models/sent-mail';
import { initUser } from './models/user';
import { initStaffUser } from './models/staff-user';
import { initSession } from './models/session';
import { initPasswordHistory } from './models/password-history';
import { initPasswordResetToken } from './models/password-reset-token';
import { initChangeRequest } from './models/change-request';
import { initChangeRequestEvent } from './models/change-request-event';
import { initMemberAuditEntry } from './models/member-audit-entry';
import { initRefundAccount } from './models/refund-account';
import { initAttachment } from './models/attachment';

export interface Database {
  sequelize: Sequelize;
  models: {
    MembershipApplication: ReturnType<typeof initMembershipApplication>;
    MembershipApplicationEvent: ReturnType<typeof initMembershipApplicationEvent>;
    SentMail: ReturnType<typeof initSentMail>;
    Member: ReturnType<typeof initMember>;
    User: ReturnType<typeof initUser>;
    StaffUser: ReturnType<typeof initStaffUser>;
    Session: ReturnType<typeof initSession>;
    PasswordHistory: ReturnType<typeof initPasswordHistory>;
    PasswordResetToken: ReturnType<typeof initPasswordResetToken>;
    ChangeRequest: ReturnType<typeof initChangeRequest>;
    ChangeRequestEvent: ReturnType<typeof initChangeRequestEvent>;
    MemberAuditEntry: ReturnType<typeof initMemberAuditEntry>;
    RefundAccount: ReturnType<typeof initRefundAccount>;
    Attachment: ReturnType<typeof initAttachment>;
  };
  close(): Promise<void>;
}

export function openDatabase(url: string, options: { poolMax?: number } = {}): Database {
  const sequelize = new Sequelize(url, {
    dialect: 'postgres',
    logging: false,
    pool: { max: options.poolMax ?? 10, min: 0, acquire: 10_000, idle: 10_000 },
    // Fail fast while PostgreSQL is down so pages can answer 503 instead of hanging.
    dialectOptions: { connectionTimeoutMillis: 3_000 },
  });
  return {
    sequelize,
    models: {
      MembershipApplication: initMembershipApplication(sequelize),
      MembershipApplicationEvent: initMembershipApplicationEvent(sequelize),
      SentMail: initSentMail(sequelize),
      Member: initMember(sequelize),
      User: initUser(sequelize),
      StaffUser: initStaffUser(sequelize),
      Session: initSession(sequelize),
      PasswordHistory: initPasswordHistory(sequelize),
      PasswordResetToken: initPasswordResetToken(sequelize),
      ChangeRequest: initChangeRequest(sequelize),
      ChangeRequestEvent: initChangeRequestEvent(sequelize),
      MemberAuditEntry: initMemberAuditEntry(sequelize),
      RefundAccount: initRefundAccount(sequelize),
      Attachment: initAttachment(sequelize),
    },
    close: () => sequelize.close(),
  };
}

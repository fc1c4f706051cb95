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
    },
    close: () => sequelize.close(),
  };
}

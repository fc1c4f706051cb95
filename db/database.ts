// Opens PostgreSQL through Sequelize and registers every model.
import { Sequelize } from 'sequelize';
import { initMembershipApplication } from './models/membership-application';
import { initMember } from './models/member';
import { initSentMail } from './models/sent-mail';
import { initUser } from './models/user';

export interface Database {
  sequelize: Sequelize;
  models: {
    MembershipApplication: ReturnType<typeof initMembershipApplication>;
    SentMail: ReturnType<typeof initSentMail>;
    Member: ReturnType<typeof initMember>;
    User: ReturnType<typeof initUser>;
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
      SentMail: initSentMail(sequelize),
      Member: initMember(sequelize),
      User: initUser(sequelize),
    },
    close: () => sequelize.close(),
  };
}

// What activities are built from, assembled from the configuration in one place for the worker
// process, the test stack and the benchmarks.
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { PasswordPolicy } from '../domain/password-policy';
import { createMailer } from './mail/mailer';
import type { ApplicationActivityDeps } from './membership-application';

export interface ActivityDeps extends ApplicationActivityDeps {
  passwordPolicy: PasswordPolicy;
}

export function activityDepsFromConfig(config: Config, db: Database, smtpHost: string, overrides: Partial<ActivityDeps> = {}): ActivityDeps {
  return {
    db,
    mailer: createMailer({ ...config.smtp, host: smtpHost }),
    mailFrom: config.mailFrom,
    publicBaseUrl: config.web.publicBaseUrl,
    appSecret: config.appSecret,
    reminders: config.reminders,
    passwordPolicy: config.auth.passwordPolicy,
    ...overrides,
  };
}

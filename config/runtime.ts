// What a web or worker process needs beyond the defaults: the addresses that `npm start` (or the
// deployment) supplies. Missing ones stop the process with the variable's name.
import { ConfigError, type Config } from './index';

export interface RuntimeAddresses {
  databaseUrl: string;
  temporalAddress: string;
  smtpHost: string;
}

export function requireRuntimeAddresses(config: Config): RuntimeAddresses {
  const missing: string[] = [];
  if (!config.database.url) missing.push('DATABASE_URL');
  if (!config.temporal.address) missing.push('TEMPORAL_ADDRESS');
  if (!config.smtp.host) missing.push('SMTP_HOST');
  if (missing.length) {
    throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${name}: required (npm start sets it for the embedded services)`).join('\n')}`);
  }
  return { databaseUrl: config.database.url!, temporalAddress: config.temporal.address!, smtpHost: config.smtp.host! };
}

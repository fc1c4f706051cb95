// The one place that reads the environment. Every process (web, worker, scripts) validates it at
// start so that a bad value stops it with the variable's name instead of failing later.
import { z } from 'zod';
import { parseDuration } from '../domain/duration';
import type { PasswordPolicy } from '../domain/password-policy';

const port = z.coerce.number().int().min(1).max(65535);
const duration = z.string().refine((v) => parseDuration(v) !== undefined, {
  message: 'must be a duration such as 30s, 15m, 12h or 7d',
});
const optionalUrl = z.string().url().optional();
const sendLimit = z.coerce.number().int().min(1).max(1_000);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('127.0.0.1'),
  WEB_PORT: port.default(3000),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  APP_SECRET: z.string().min(32, 'must be at least 32 characters'),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: optionalUrl,
  EMBEDDED_PG_PORT: port.default(5433),
  TEMPORAL_ADDRESS: z.string().min(1).optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('occto-member'),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  TEMPORAL_UI_URL: optionalUrl,
  TEMPORAL_CLI: z.string().min(1).optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.default(1025),
  SMTP_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_INBOX_SMTP_PORT: port.default(1025),
  MAIL_INBOX_WEB_PORT: port.default(1080),
  MAIL_FROM: z.string().min(3).default('電力広域的運営推進機関 会員情報管理システム <no-reply@localhost>'),
  JOIN_LINK_EXPIRY: duration.default('7d'),
  JOIN_LINK_LIMIT_PER_ADDRESS: sendLimit.default(3),
  JOIN_LINK_LIMIT_WINDOW: duration.default('1h'),
  BUSINESS_CODE_WAIT: duration.default('180d'),
  FINAL_APPLICATION_WAIT: duration.default('90d'),
  PASSWORD_MIN_LENGTH: z.coerce.number().int().min(1).max(128).default(8),
  PASSWORD_MIN_CHARACTER_TYPES: z.coerce.number().int().min(1).max(4).default(3),
  PASSWORD_SYMBOLS: z.string().min(1).regex(/^[!-/:-@[-`{-~]+$/, 'must be half-width symbols').default('+-_@./'),
  PASSWORD_HISTORY: z.coerce.number().int().min(1).max(24).default(3),
  PASSWORD_MAX_AGE: duration.default('90d'),
  LOGIN_LOCK_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_DURATION: duration.default('15m'),
  SESSION_IDLE_TIMEOUT: duration.default('30m'),
  PASSWORD_RESET_LINK_EXPIRY: duration.default('30m'),
  PASSWORD_RESET_LIMIT_PER_USER: sendLimit.default(3),
  PASSWORD_RESET_LIMIT_WINDOW: duration.default('1h'),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).default(400),
  JOIN_REMINDER_INTERVAL: duration.default('14d'),
  STAFF_DIGEST_INTERVAL: duration.default('1d'),
  STAFF_DIGEST_MIN_AGE: duration.default('7d'),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof schema>;

/** At most `max` mails of one kind to one recipient within `windowMs`: public forms cannot be used to flood an inbox. */
export interface SendLimit {
  max: number;
  windowMs: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  web: { host: string; port: number; publicBaseUrl: string };
  appSecret: string;
  dataDir: string;
  database: { url: string | undefined; embeddedPort: number };
  temporal: {
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    devServerPort: number;
    uiPort: number;
    uiUrl: string;
    cliPath: string | undefined;
    /** Workflows a worker keeps in memory; others are replayed from history when they wake. */
    maxCachedWorkflows: number;
  };
  smtp: { host: string | undefined; port: number; secure: boolean; user?: string; pass?: string };
  mailInbox: { smtpPort: number; webPort: number };
  mailFrom: string;
  joinLinkExpiryMs: number;
  /** リンク確認: applications per recipient address within the window; more are refused. */
  joinLinkLimit: SendLimit;
  /** Reminders to applicants and the staff digest; read by activities at each new wait. */
  reminders: { applicantIntervalMs: number; staffDigestIntervalMs: number; staffDigestMinAgeMs: number };
  /** 関連資料: the largest file accepted */
  attachmentMaxBytes: number;
  /** How long 仮申請 waits for the 事業者コード */
  businessCodeWaitMs: number;
  /** How long an issued code, 保留 or 却下 waits for 本申請 */
  finalApplicationWaitMs: number;
  auth: {
    passwordPolicy: PasswordPolicy;
    /** Failed logins in a row that lock the account for lockDurationMs */
    lockThreshold: number;
    lockDurationMs: number;
    /** A session ends after this long without a request (sliding expiry) */
    sessionIdleMs: number;
    resetLinkExpiryMs: number;
    /** 「ID／パスワードを忘れた方はこちら」: reset mails per user within the window; more are silently not sent. */
    resetMailLimit: SendLimit;
  };
}

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    web: { host: e.HOST, port: e.WEB_PORT, publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/$/, '') },
    appSecret: e.APP_SECRET,
    dataDir: e.DATA_DIR,
    database: { url: e.DATABASE_URL, embeddedPort: e.EMBEDDED_PG_PORT },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      devServerPort: e.TEMPORAL_PORT,
      uiPort: e.TEMPORAL_UI_PORT,
      uiUrl: (e.TEMPORAL_UI_URL ?? `http://localhost:${e.TEMPORAL_UI_PORT}`).replace(/\/$/, ''),
      cliPath: e.TEMPORAL_CLI,
      maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS,
    },
    smtp: { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, pass: e.SMTP_PASS },
    mailInbox: { smtpPort: e.MAIL_INBOX_SMTP_PORT, webPort: e.MAIL_INBOX_WEB_PORT },
    mailFrom: e.MAIL_FROM,
    joinLinkExpiryMs: parseDuration(e.JOIN_LINK_EXPIRY) as number,
    joinLinkLimit: { max: e.JOIN_LINK_LIMIT_PER_ADDRESS, windowMs: parseDuration(e.JOIN_LINK_LIMIT_WINDOW) as number },
    reminders: {
      applicantIntervalMs: parseDuration(e.JOIN_REMINDER_INTERVAL) as number,
      staffDigestIntervalMs: parseDuration(e.STAFF_DIGEST_INTERVAL) as number,
      staffDigestMinAgeMs: parseDuration(e.STAFF_DIGEST_MIN_AGE) as number,
    },
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    businessCodeWaitMs: parseDuration(e.BUSINESS_CODE_WAIT) as number,
    finalApplicationWaitMs: parseDuration(e.FINAL_APPLICATION_WAIT) as number,
    auth: {
      passwordPolicy: {
        minLength: e.PASSWORD_MIN_LENGTH,
        minCharacterTypes: e.PASSWORD_MIN_CHARACTER_TYPES,
        symbols: e.PASSWORD_SYMBOLS,
        historyDepth: e.PASSWORD_HISTORY,
        maxAgeMs: parseDuration(e.PASSWORD_MAX_AGE) as number,
      },
      lockThreshold: e.LOGIN_LOCK_THRESHOLD,
      lockDurationMs: parseDuration(e.LOGIN_LOCK_DURATION) as number,
      sessionIdleMs: parseDuration(e.SESSION_IDLE_TIMEOUT) as number,
      resetLinkExpiryMs: parseDuration(e.PASSWORD_RESET_LINK_EXPIRY) as number,
      resetMailLimit: { max: e.PASSWORD_RESET_LIMIT_PER_USER, windowMs: parseDuration(e.PASSWORD_RESET_LIMIT_WINDOW) as number },
    },
  };
}

/** Names of every variable the schema reads; the compose test checks services against it. */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof Env)[];

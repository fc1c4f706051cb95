// Structured logs (pino, JSON lines) for every process.
import pino, { type Logger } from 'pino';
import type { Config } from './index';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel'>, name: string): Logger {
  return pino({ name, level: config.logLevel });
}

// Configuration: defaults, and a clear error naming the bad variable.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../config';
import { parseDuration } from '../../domain/duration';

const base = { APP_SECRET: 'x'.repeat(32) };

describe('loadConfig', () => {
  it('fills the documented defaults', () => {
    const config = loadConfig(base);
    expect(config.web).toEqual({ host: '127.0.0.1', port: 3000, publicBaseUrl: 'http://localhost:3000' });
    expect(config.temporal.taskQueue).toBe('occto-member');
    expect(config.joinLinkExpiryMs).toBe(7 * 86_400_000);
    expect(config.joinLinkLimit).toEqual({ max: 3, windowMs: 3_600_000 });
    expect(config.auth.resetMailLimit).toEqual({ max: 3, windowMs: 3_600_000 });
  });

  it('reads the limits on mails to one recipient', () => {
    const config = loadConfig({ ...base, JOIN_LINK_LIMIT_PER_ADDRESS: '5', JOIN_LINK_LIMIT_WINDOW: '30m', PASSWORD_RESET_LIMIT_PER_USER: '2', PASSWORD_RESET_LIMIT_WINDOW: '1d' });
    expect(config.joinLinkLimit).toEqual({ max: 5, windowMs: 1_800_000 });
    expect(config.auth.resetMailLimit).toEqual({ max: 2, windowMs: 86_400_000 });
  });

  it.each([
    [{ WEB_PORT: 'eighty' }, 'WEB_PORT'],
    [{ JOIN_LINK_EXPIRY: 'a week' }, 'JOIN_LINK_EXPIRY'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ JOIN_LINK_LIMIT_PER_ADDRESS: '0' }, 'JOIN_LINK_LIMIT_PER_ADDRESS'],
    [{ JOIN_LINK_LIMIT_WINDOW: 'an hour' }, 'JOIN_LINK_LIMIT_WINDOW'],
    [{ PASSWORD_RESET_LIMIT_PER_USER: 'three' }, 'PASSWORD_RESET_LIMIT_PER_USER'],
    [{ PASSWORD_RESET_LIMIT_WINDOW: '1 hour' }, 'PASSWORD_RESET_LIMIT_WINDOW'],
  ])('names the bad variable in %o', (overrides, name) => {
    expect(() => loadConfig({ ...base, ...overrides })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...overrides })).toThrow(new RegExp(`${name}:`));
  });
});

it('parses durations with units and refuses others', () => {
  expect(parseDuration('30s')).toBe(30_000);
  expect(parseDuration('12h')).toBe(43_200_000);
  expect(parseDuration('500ms')).toBe(500);
  expect(parseDuration('7 days')).toBeUndefined();
});

it('.env.example lists every variable the configuration reads, with a default that loads', () => {
  const lines = readFileSync('.env.example', 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line));
  const example = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  expect(Object.keys(example).sort()).toEqual([...CONFIG_VARIABLES].sort());
  const nonEmpty = Object.fromEntries(Object.entries(example).filter(([, value]) => value !== ''));
  expect(() => loadConfig({ ...nonEmpty, ...base })).not.toThrow();
});

// Configuration: defaults, and a clear error naming the bad variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { parseDuration } from '../../domain/duration';

const base = { APP_SECRET: 'x'.repeat(32) };

describe('loadConfig', () => {
  it('fills the documented defaults', () => {
    const config = loadConfig(base);
    expect(config.web).toEqual({ host: '127.0.0.1', port: 3000, publicBaseUrl: 'http://localhost:3000' });
    expect(config.temporal.taskQueue).toBe('occto-member');
    expect(config.joinLinkExpiryMs).toBe(7 * 86_400_000);
  });

  it.each([
    [{ WEB_PORT: 'eighty' }, 'WEB_PORT'],
    [{ JOIN_LINK_EXPIRY: 'a week' }, 'JOIN_LINK_EXPIRY'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
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

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

it('.env.example lists every variable the configuration reads, with a default that loads', () => {
  const lines = readFileSync('.env.example', 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line));
  const example = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  expect(Object.keys(example).sort()).toEqual([...CONFIG_VARIABLES].sort());
  const nonEmpty = Object.fromEntries(Object.entries(example).filter(([, value]) => value !== ''));
  expect(() => loadConfig({ ...nonEmpty, ...base })).not.toThrow();
});

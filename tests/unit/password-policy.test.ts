// The manual's password rules (2.2), each on its own, and their configuration.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { passwordChangeSchema } from '../../domain/forms/password-change';
import { generatePassword } from '../../domain/password-generator';
import { checkPasswordRules, DEFAULT_PASSWORD_POLICY, describePolicy, isPasswordExpired, type PasswordPolicy } from '../../domain/password-policy';

const policy = DEFAULT_PASSWORD_POLICY;

describe('checkPasswordRules with the manual defaults', () => {
  it('accepts 8 characters of 3 types and every allowed symbol', () => {
    expect(checkPasswordRules('Abcdefg1', policy)).toEqual([]);
    expect(checkPasswordRules('abcdefg+', policy)).toHaveLength(1);
    for (const symbol of ['+', '-', '_', '@', '.', '/']) expect(checkPasswordRules(`abcdef1${symbol}`, policy)).toEqual([]);
  });

  it('refuses fewer than 8 characters', () => {
    expect(checkPasswordRules('Abcde1+', policy)).toEqual(['パスワードは8文字以上で入力してください。']);
  });

  it('refuses fewer than 3 of upper, lower, digit, symbol', () => {
    for (const two of ['abcdefgh1', 'ABCDEFGH1', 'abcdefgH', 'abcdefg+', '12345678+']) {
      expect(checkPasswordRules(two, policy)).toEqual(['パスワードは半角の英大文字、英小文字、数字、記号のうち3つ以上を組み合わせてください。']);
    }
  });

  it('refuses symbols outside + - _ @ . / and anything not half-width', () => {
    for (const bad of ['Abcdefg1!', 'Abcdefg1#', 'Abcd efg1', 'Abcdefg1"']) {
      expect(checkPasswordRules(bad, policy)).toContain('パスワードに使用できない文字が含まれています。使用可能な記号は +\u2060\u00a0-\u2060\u00a0_\u2060\u00a0@\u2060\u00a0.\u2060\u00a0/ です。');
    }
    for (const wide of ['Abcdefg１', 'Abcdefgあ1']) {
      expect(checkPasswordRules(wide, policy)).toContain('パスワードは半角の英字・数字・記号で入力してください。使用可能な記号は +\u2060\u00a0-\u2060\u00a0_\u2060\u00a0@\u2060\u00a0.\u2060\u00a0/ です。');
    }
  });

  it('writes the usable symbols so that no line breaks inside them, in the rule as in the messages', () => {
    // A no-break space after a word joiner: Chromium still breaks after a hyphen before a lone no-break space.
    const symbols = '+\u2060\u00a0-\u2060\u00a0_\u2060\u00a0@\u2060\u00a0.\u2060\u00a0/';
    expect(describePolicy(policy)).toContain(`（使用可能な記号は ${symbols}）。`);
    expect(checkPasswordRules('Abcdefg1!', policy)).toEqual([`パスワードに使用できない文字が含まれています。使用可能な記号は ${symbols} です。`]);
  });

  it('forces a change after 90 days', () => {
    const now = new Date('2026-06-30T00:00:00Z');
    expect(isPasswordExpired(new Date(now.getTime() - 89 * 86_400_000), now, policy)).toBe(false);
    expect(isPasswordExpired(new Date(now.getTime() - 90 * 86_400_000), now, policy)).toBe(true);
  });

  it('is met by every generated initial password', () => {
    for (let i = 0; i < 200; i++) expect(checkPasswordRules(generatePassword(), policy)).toEqual([]);
  });
});

describe('generated (mailed) passwords under other policies', () => {
  const policies: PasswordPolicy[] = [
    policy,
    { ...policy, minLength: 20 },
    { ...policy, minLength: 128, minCharacterTypes: 4 },
    { ...policy, minCharacterTypes: 4, symbols: '#' },
    { ...policy, minLength: 16, minCharacterTypes: 4, symbols: '!?' },
    { ...policy, minLength: 1, minCharacterTypes: 1, symbols: '_' },
  ];

  it.each(policies)('meet minLength $minLength, $minCharacterTypes types, symbols $symbols', (configured) => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword(configured);
      expect(checkPasswordRules(password, configured)).toEqual([]);
      expect(password).toHaveLength(Math.max(14, configured.minLength));
    }
  });
});

describe('the policy from the configuration', () => {
  it('has the manual defaults and takes other values', () => {
    const base = { APP_SECRET: 'x'.repeat(32) };
    expect(loadConfig(base).auth.passwordPolicy).toEqual(DEFAULT_PASSWORD_POLICY);
    const strict = loadConfig({ ...base, PASSWORD_MIN_LENGTH: '12', PASSWORD_MIN_CHARACTER_TYPES: '4', PASSWORD_SYMBOLS: '!', PASSWORD_HISTORY: '5', PASSWORD_MAX_AGE: '30d' });
    expect(strict.auth.passwordPolicy).toEqual({ minLength: 12, minCharacterTypes: 4, symbols: '!', historyDepth: 5, maxAgeMs: 30 * 86_400_000 });
    expect(checkPasswordRules('Abcdefg1+', strict.auth.passwordPolicy)).toHaveLength(3);
    expect(() => loadConfig({ ...base, PASSWORD_SYMBOLS: 'あ' })).toThrow(/PASSWORD_SYMBOLS/);
  });

  it('makes the change form check the rules and the confirmation', () => {
    const schema = passwordChangeSchema(policy);
    const result = schema.safeParse({ currentPassword: 'x', newPassword: 'short', newPasswordConfirmation: 'other' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];
    expect(messages).toContain('newPassword:パスワードは8文字以上で入力してください。');
    expect(schema.safeParse({ currentPassword: 'x', newPassword: 'Abcdefg1', newPasswordConfirmation: 'Abcdefg2' }).error?.issues[0]?.message).toBe('新しいパスワード (確認用)が新しいパスワードと一致しません。');
  });
});

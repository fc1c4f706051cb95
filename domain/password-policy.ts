// The manual's password rules (2.2), as configurable policy: length, character types, allowed
// symbols, history and maximum age. Pure functions; hashing lives in password-hash.ts.
export interface PasswordPolicy {
  /** 長さ8文字以上 */
  minLength: number;
  /** 英大文字、英小文字、数字、記号のうち3つ以上 */
  minCharacterTypes: number;
  /** 使用可能な記号 (+ - _ @ . /) */
  symbols: string;
  /** 過去3世代前までに使用したものと同じパスワードには変更できません */
  historyDepth: number;
  /** 90日間パスワードが変更されていない場合は変更画面へ */
  maxAgeMs: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  minCharacterTypes: 3,
  symbols: '+-_@./',
  historyDepth: 3,
  maxAgeMs: 90 * 86_400_000,
};

/**
 * The usable symbols, spaced by no-break spaces so no line breaks inside the list; each after a word
 * joiner, since Chromium still breaks after a hyphen before a no-break space.
 */
function symbolList(policy: PasswordPolicy): string {
  return [...policy.symbols].join('\u2060\u00a0');
}

/** The rule as the manual words it, shown beside the password field. */
export function describePolicy(policy: PasswordPolicy): string {
  return [
    `※長さ${policy.minLength}文字以上、半角の英大文字、英小文字、数字、記号のうち${policy.minCharacterTypes}つ以上を組み合わせてください（使用可能な記号は ${symbolList(policy)}）。`,
    `過去${policy.historyDepth}世代前までに使用したものと同じパスワードには変更できません。`,
  ].join('');
}

/** Japanese messages for every broken composition rule; empty when the password is acceptable. */
export function checkPasswordRules(password: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  const characters = [...password];
  if (characters.length < policy.minLength) problems.push(`パスワードは${policy.minLength}文字以上で入力してください。`);
  const isSymbol = (c: string) => policy.symbols.includes(c);
  const unusable = characters.filter((c) => !/^[A-Za-z0-9]$/.test(c) && !isSymbol(c));
  const symbolsNote = `使用可能な記号は ${symbolList(policy)} です。`;
  // Full-width letters and digits look allowed, so the message names the width, not just "a character".
  if (unusable.some((c) => !/^[\x00-\x7f]$/.test(c))) {
    problems.push(`パスワードは半角の英字・数字・記号で入力してください。${symbolsNote}`);
  } else if (unusable.length > 0) {
    problems.push(`パスワードに使用できない文字が含まれています。${symbolsNote}`);
  }
  const types = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((pattern) => pattern.test(password)).length + (characters.some(isSymbol) ? 1 : 0);
  if (types < policy.minCharacterTypes) {
    problems.push(`パスワードは半角の英大文字、英小文字、数字、記号のうち${policy.minCharacterTypes}つ以上を組み合わせてください。`);
  }
  return problems;
}

/** Whether the password is older than the policy allows (then the change screen comes first). */
export function isPasswordExpired(changedAt: Date, now: Date, policy: PasswordPolicy): boolean {
  return now.getTime() - changedAt.getTime() >= policy.maxAgeMs;
}

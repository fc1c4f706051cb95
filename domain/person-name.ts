// A full name typed in one field (リンク確認's ご担当者氏名) as 姓 and 名, where a space separates
// them; without one it cannot be told apart, and nothing is guessed.
export function splitFullName(name: string): { lastName: string; firstName: string } | null {
  const [lastName, ...rest] = name.trim().split(/[\s\u3000]+/);
  return lastName && rest.length > 0 ? { lastName, firstName: rest.join('\u3000') } : null;
}

// 法人番号 (13 digits): the first digit is a check digit over the other twelve,
// 9 − (Σ_{n=1..12} P_n·Q_n mod 9), P_n the n-th digit counted from the right, Q_n = 1 (odd n) or 2 (even n).
export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = value.slice(1).split('').reverse().map(Number);
  const sum = digits.reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 2), 0);
  return Number(value[0]) === 9 - (sum % 9);
}

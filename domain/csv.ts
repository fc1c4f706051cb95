// CSV for Excel users in Japan: UTF-8 with a BOM (so Excel reads it as UTF-8, not Shift_JIS),
// CRLF line ends, RFC 4180 quoting, and cells that Excel would run as formulas made inert.
const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

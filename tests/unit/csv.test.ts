// CSV for Excel: BOM, quoting, CRLF, and formulas made inert.
import { expect, it } from 'vitest';
import { toCsv } from '../../domain/csv';

it('writes UTF-8 with a BOM whose bytes decode to the Japanese text', () => {
  const csv = toCsv(['事業者コード', '会社名'], [['A001', '広域電力株式会社']]);
  const bytes = Buffer.from(csv, 'utf8');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)).toBe('事業者コード,会社名\r\nA001,広域電力株式会社\r\n');
});

it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
  const csv = toCsv(['a'], [['株式会社"広域",本社'], ['一行目\n二行目'], ['=HYPERLINK("http://x")'], ['+81'], ['-1'], ['@SUM(A1)'], [null], [42]]);
  expect(csv.slice(1).split('\r\n')).toEqual([
    'a',
    '"株式会社""広域"",本社"',
    '"一行目\n二行目"',
    `"'=HYPERLINK(""http://x"")"`,
    "'+81",
    "'-1",
    "'@SUM(A1)",
    '',
    '42',
    '',
  ]);
});

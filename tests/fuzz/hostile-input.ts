// Random and hostile form input: control characters, very long strings, mixed widths, SQL and
// HTML fragments, lone surrogates (invalid UTF-16, i.e. what broken UTF-8 decodes next to).
import fc from 'fast-check';

const FRAGMENTS = [
  "' OR '1'='1", "'; DROP TABLE users; --", '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '${7*7}', '{{7*7}}', '../../etc/passwd', '\u0000', '\u202e', '\ufeff', '％', '－', 'ｱｲｳ', '０１２', '"', '\\',
  '\r\n', '\t', '\ud800', '\udfff', '𠮷野家', '髙橋', '①', 'null', 'undefined', '[object Object]',
];

/** Hostile text; its runs of あ reach `longest` characters. */
const hostileString = (longest: number): fc.Arbitrary<string> => fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.integer({ min: 1, max: longest }).map((n) => 'あ'.repeat(n)),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', 'a', '０') }),
);

/**
 * A form body: the known fields with hostile values, sometimes missing, plus stray fields. Values
 * run to 20,000 characters by default; posts over HTTP pass a lower `longest`, so that a form of
 * forty fields mostly stays within the post limit and reaches its validation instead of the 413.
 */
export function hostileForm(fields: readonly string[], { longest = 20_000 } = {}): fc.Arbitrary<Record<string, string>> {
  const value = hostileString(longest);
  return fc
    .record(Object.fromEntries([...fields, 'extra', '__proto__', 'constructor'].map((field) => [field, value])), { requiredKeys: [] })
    .map((form) => Object.fromEntries(Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined)));
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

export function isJapaneseMessage(message: unknown): boolean {
  return typeof message === 'string' && JAPANESE.test(message);
}

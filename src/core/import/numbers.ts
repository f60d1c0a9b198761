// Reading a value cell typed in either number style: en-US (`5056.1`, `1,234,567`) or vi-VN (`5056,1`,
// `5.056,1`, `1.234.567`). The rule (also in FORMAT.md):
// - A shape with one reading is read that way; anything but plain digits with an optional `.` decimal part
//   gives a `value-normalised` warning that names the style it was read in.
// - A single separator followed by exactly three digits after 1–3 leading digits (`5.056`, `1,234`) could be
//   either. The file's delimiter decides: a `;` file (Excel in a Vietnamese locale) reads `.` as thousands and
//   `,` as the decimal mark; a `,` file reads `.` as the decimal mark and `,` as thousands. A `value-ambiguous`
//   warning says how it was read.

export type NumberLocale = 'en' | 'vi';

export type NumberStyle = 'vi-decimal-comma' | 'vi-grouping' | 'en-grouping' | 'space-grouping';

export type NumberReading =
  | { ok: true; value: number }
  | { ok: true; value: number; normalised: NumberStyle }
  | { ok: true; value: number; ambiguous: 'decimal' | 'thousands' }
  | { ok: false };

const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const AMBIGUOUS = /^[1-9]\d{0,2}([.,])\d{3}$/;
const DECIMAL_COMMA = /^\d+,\d+$/;
const VI_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

const finite = (text: string, negative: boolean): NumberReading | null => {
  const n = Number(text);
  if (!Number.isFinite(n)) return null;
  const signed = negative ? -n : n;
  return { ok: true, value: signed === 0 ? 0 : signed };
};

export function readNumber(raw: string, locale: NumberLocale): NumberReading {
  let text = raw.trim();
  let negative = false;
  if (text.startsWith('-') || text.startsWith('+')) {
    negative = text[0] === '-';
    text = text.slice(1);
  }
  const ambiguous = AMBIGUOUS.exec(text);
  if (ambiguous) {
    const separator = ambiguous[1];
    const decimal = (separator === '.') === (locale === 'en');
    const plain = decimal ? text.replace(separator, '.') : text.replace(separator, '');
    const read = finite(plain, negative);
    return read?.ok ? { ok: true, value: read.value, ambiguous: decimal ? 'decimal' : 'thousands' } : { ok: false };
  }
  if (PLAIN.test(text)) return finite(text, negative) ?? { ok: false };
  let plain: string | null = null;
  let style: NumberStyle | null = null;
  if (DECIMAL_COMMA.test(text)) [plain, style] = [text.replace(',', '.'), 'vi-decimal-comma'];
  else if (VI_GROUPED.test(text)) [plain, style] = [text.replace(/\./g, '').replace(',', '.'), 'vi-grouping'];
  else if (EN_GROUPED.test(text)) [plain, style] = [text.replace(/,/g, ''), 'en-grouping'];
  else if (SPACE_GROUPED.test(text)) [plain, style] = [text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'), 'space-grouping'];
  if (plain === null || style === null) return { ok: false };
  const read = finite(plain, negative);
  return read?.ok ? { ok: true, value: read.value, normalised: style } : { ok: false };
}

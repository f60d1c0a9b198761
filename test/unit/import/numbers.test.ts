import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/core/import/numbers';
import { parseUserCsv } from '../../../src/core/import/parse';
import { formatImportProblem } from '../../../src/core/import/messages';
import { context, HEADER, row } from './fixture';

describe('readNumber: one reading per shape', () => {
  it.each([
    ['120', 120], ['-2.5', -2.5], ['+3', 3], ['0.500', 0.5], ['.5', 0.5], ['1.5e3', 1500], ['1e+21', 1e21], [' 42 ', 42], ['-0', 0],
    ['12345.678', 12345.678],
  ])('%s is plain: %d, no notice', (text, value) => {
    expect(readNumber(text, 'en')).toEqual({ ok: true, value });
    expect(readNumber(text, 'vi')).toEqual({ ok: true, value });
  });

  it.each([
    ['5056,1', 5056.1, 'vi-decimal-comma'],
    ['0,5', 0.5, 'vi-decimal-comma'],
    ['-12,75', -12.75, 'vi-decimal-comma'],
    ['5.056,1', 5056.1, 'vi-grouping'],
    ['1.234.567', 1234567, 'vi-grouping'],
    ['1.234.567,89', 1234567.89, 'vi-grouping'],
    ['1,234,567', 1234567, 'en-grouping'],
    ['1,234.5', 1234.5, 'en-grouping'],
    ['1 234 567', 1234567, 'space-grouping'],
    ['5\u00a0056,1', 5056.1, 'space-grouping'],
  ])('%s is read as %d (%s) in either kind of file', (text, value, style) => {
    expect(readNumber(text, 'en')).toEqual({ ok: true, value, normalised: style });
    expect(readNumber(text, 'vi')).toEqual({ ok: true, value, normalised: style });
  });

  it.each([
    ['5.056', 'en', 5.056, 'decimal'],
    ['5.056', 'vi', 5056, 'thousands'],
    ['-12.500', 'vi', -12500, 'thousands'],
    ['1,234', 'en', 1234, 'thousands'],
    ['1,234', 'vi', 1.234, 'decimal'],
    ['999.999', 'en', 999.999, 'decimal'],
  ] as const)('ambiguous %s in a %s file → %d (%s)', (text, locale, value, reading) => {
    expect(readNumber(text, locale)).toEqual({ ok: true, value, ambiguous: reading });
  });

  it.each(['', 'abc', '1.2.3', '1,2,3', '12%', '1.234,5.6', '--1', '1e', 'NaN', '0x1F', '1_000', '1.23.456', '١٢٣'])('%s is not a number', (text) => {
    expect(readNumber(text, 'en').ok).toBe(false);
    expect(readNumber(text, 'vi').ok).toBe(false);
  });
});

describe('Vietnamese decimals in a file', () => {
  it('a semicolon file (Excel, vi-VN) reads `,` as the decimal mark and `.` as thousands, with warnings', () => {
    const header = HEADER.replace(/,/g, ';');
    // An area in hectares: any decimal is a plausible figure (a count of projects would warn about a fraction).
    const line = (value: string, year: string) => row({ value: 'VALUE', year, metric: 'kcn_operating_area_ha', unit: '' }).replace(/,/g, ';').replace('VALUE', value);
    const r = parseUserCsv(`${header}\n${line('5.056,1', '2020')}\n${line('5056,1', '2021')}\n${line('1.234.567', '2022')}\n${line('5.056', '2023')}\n${line('7', '2024')}\n`, context);
    expect(r.rows.map((x) => x.value)).toEqual([5056.1, 5056.1, 1234567, 5056, 7]);
    expect(r.problems.map((p) => `${p.line}:${p.code}`)).toEqual(['2:value-normalised', '3:value-normalised', '4:value-normalised', '5:value-ambiguous']);
    expect(r.problems.every((p) => p.severity === 'warning' && p.column === 'value')).toBe(true);
    expect(formatImportProblem(r.problems[3])).toBe(
      'line 5, value: warning: value "5.056" is ambiguous; read as 5056 (thousands separator, as in a semicolon-separated file)',
    );
    expect(formatImportProblem(r.problems[0])).toBe('line 2, value: warning: value "5.056,1" read as 5056.1 (Vietnamese thousands dots)');
  });

  it('a comma file reads a quoted Vietnamese decimal and a lone `5.056` as a decimal point, with warnings', () => {
    const area = { metric: 'kcn_operating_area_ha', unit: '' };
    const r = parseUserCsv(`${HEADER}\n${row({ ...area, value: '"5056,1"' })}\n${row({ ...area, value: '5.056', year: '2020' })}\n`, context);
    expect(r.rows.map((x) => x.value)).toEqual([5056.1, 5.056]);
    expect(r.problems.map((p) => `${p.line}:${p.code}:${p.params.read}`)).toEqual(['2:value-normalised:5056.1', '3:value-ambiguous:5.056']);
  });
});

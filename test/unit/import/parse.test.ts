import { describe, expect, it } from 'vitest';
import { parseUserCsv } from '../../../src/core/import/parse';
import { formatImportProblem } from '../../../src/core/import/messages';
import type { ImportProblem, ImportResult } from '../../../src/core/import/types';
import { context, file, HEADER, row } from './fixture';

const parse = (text: string): ImportResult => parseUserCsv(text, context);
const errors = (r: ImportResult) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: ImportResult) => r.problems.filter((p) => p.severity === 'warning');
const only = (problems: ImportProblem[]) => problems.map((p) => `${p.line}:${p.code}${p.column ? `@${p.column}` : ''}`);

describe('parseUserCsv: a valid file', () => {
  it('reads every row, with its line and the dictionary unit', () => {
    const r = parse(file(row(), row({ code: '01', metric: 'occupancy_pct', unit: 'pct', value: '82.5', note: 'Quế Võ' })));
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      { line: 2, edition: 'pre2025', code: '27', year: 2023, period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: 120, unit: 'projects', note: '' },
      { line: 3, edition: 'pre2025', code: '01', year: 2023, period: 'FY', scope: 'zones', metric: 'occupancy_pct', value: 82.5, unit: 'pct', note: 'Quế Võ' },
    ]);
    expect(r.stats).toMatchObject({ records: 2, accepted: 2, rejected: 0, errors: 0, warnings: 0, fatal: false });
    expect(r.delimiter).toBe(',');
  });

  it('takes an empty scope and unit from the metric, and columns in any order', () => {
    const r = parse('metric,value,code,edition,year,period\ngrdp_growth_pct,7.1,31,post2025,2024,FY\n');
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ scope: 'province', unit: 'pct', value: 7.1, code: '31', edition: 'post2025', note: '' });
  });

  it('resolves province names in either language, without diacritics, to the code of the row’s edition', () => {
    const r = parse(file(
      row({ code: 'Bắc Ninh' }),
      row({ code: 'bac ninh', edition: 'post2025', year: '2025' }),
      row({ code: 'HANOI', year: '2020' }),
      row({ code: 'Thành phố Hồ Chí Minh', year: '2021' }),
      row({ code: 'TP. Ho Chi Minh City', year: '2022', edition: 'post2025' }),
      row({ code: 'Tỉnh Thừa Thiên Huế', year: '2019' }),
      row({ code: 'Hue', edition: 'post2025', year: '2019' }),
      row({ code: 'da nang', year: '2018' }),
      row({ code: 'Hai Phong', year: '2017' }),
    ));
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => `${x.edition}:${x.code}`)).toEqual([
      'pre2025:27', 'post2025:24', 'pre2025:01', 'pre2025:79', 'post2025:79', 'pre2025:46', 'post2025:46', 'pre2025:48', 'pre2025:31',
    ]);
  });

  it('accepts periods and the edition in another case', () => {
    const r = parse(file(row({ period: 'fy' }), row({ period: 'q3' }), row({ period: 'CUMULATIVE-TO-DATE' }), row({ period: '9m', edition: 'PRE2025' })));
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.period)).toEqual(['FY', 'Q3', 'cumulative-to-date', '9M']);
  });

  it('reads a code a spreadsheet stripped of its leading zero, with a warning', () => {
    const r = parse(file(row({ code: '1' })));
    expect(r.rows[0].code).toBe('01');
    expect(only(r.problems)).toEqual(['2:code-padded@code']);
  });

  it('accepts the unit as its code or its label in either language', () => {
    const r = parse(file(row({ unit: 'dự án' }), row({ unit: 'Projects', year: '2022' }), row({ unit: 'du an', year: '2021' })));
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.unit)).toEqual(['projects', 'projects', 'projects']);
  });
});

describe('parseUserCsv: one error per rule, on its line', () => {
  it.each([
    ['unknown edition', row({ edition: 'pre2024' }), 'edition-unknown@edition'],
    ['unknown province code', row({ code: '99' }), 'province-unknown@code'],
    ['a code of the other edition (27 is Bắc Ninh only before 2025)', row({ code: '27', edition: 'post2025' }), 'province-unknown@code'],
    ['unknown province name', row({ code: 'Atlantis' }), 'province-unknown@code'],
    ['unknown metric', row({ metric: 'fdi_magic' }), 'metric-unknown@metric'],
    ['a derived metric', row({ metric: 'fdi_capital_per_operating_ha', unit: '' }), 'metric-derived@metric'],
    ['non-numeric value', row({ value: 'n/a' }), 'value-not-number@value'],
    ['a percent sign', row({ value: '12%' }), 'value-not-number@value'],
    ['dots not in thousands groups', row({ value: '1.2.3' }), 'value-not-number@value'],
    ['Infinity', row({ value: 'Infinity' }), 'value-not-number@value'],
    ['an overflowing number', row({ value: '9'.repeat(400) }), 'value-not-number@value'],
    ['empty value', row({ value: '' }), 'value-missing@value'],
    ['unit mismatch', row({ unit: 'musd' }), 'unit-mismatch@unit'],
    ['year before 1990', row({ year: '1989' }), 'year-invalid@year'],
    ['year after currentYear + 1', row({ year: '2027' }), 'year-invalid@year'],
    ['year not an integer', row({ year: '2023.5' }), 'year-invalid@year'],
    ['unknown period', row({ period: 'half-year' }), 'period-unknown@period'],
    ['unknown scope', row({ scope: 'district' }), 'scope-unknown@scope'],
    ['scope mismatch', row({ scope: 'province' }), 'scope-mismatch@scope'],
    ['too few columns', 'pre2025,27,2023,FY,zones,fdi_projects_valid,120', 'column-count'],
    ['too many columns', `${row()},extra`, 'column-count'],
    ['unterminated quote', `${row({ note: '"never closed' })}`, 'quote-unterminated'],
  ])('%s → that error on line 3, the row rejected', (_label, bad, expected) => {
    const r = parse(file(row({ year: '2020' }), bad, row({ year: '2021' })));
    expect(only(errors(r))).toEqual([`3:${expected}`]);
    expect(r.rows.map((x) => x.line)).toEqual(expected === 'quote-unterminated' ? [2] : [2, 4]);
    expect(r.rejected.map((x) => x.line)).toEqual([3]);
    expect(r.rejected[0].problems.map((p) => p.code)).toEqual([expected.split('@')[0]]);
    expect(r.stats.accepted + r.stats.rejected).toBe(r.stats.records);
  });

  it('year 1990 and currentYear + 1 are accepted', () => {
    const r = parse(file(row({ year: '1990' }), row({ year: '2026' })));
    expect(errors(r)).toEqual([]);
  });

  it('reports every error of a row, not only the first', () => {
    const r = parse(file(row({ edition: 'x', metric: 'y', value: 'z', year: '1' })));
    expect(only(errors(r))).toEqual(['2:edition-unknown@edition', '2:year-invalid@year', '2:metric-unknown@metric', '2:value-not-number@value']);
  });

  it('a duplicate key is an error on the later line, naming the first', () => {
    const r = parse(file(row(), row({ year: '2020' }), row({ value: '130', note: 'revised' }), row({ code: 'Bắc Ninh', value: '7' })));
    expect(only(errors(r))).toEqual(['4:duplicate-row', '5:duplicate-row']);
    expect(errors(r).map((p) => p.params.firstLine)).toEqual([2, 2]);
    expect(formatImportProblem(errors(r)[0])).toBe('line 4: duplicate of line 2 (same edition, code, year, period, scope and metric)');
    expect(r.rows.map((x) => x.value)).toEqual([120, 120]);
  });

  it('the same figures in different periods, scopes or editions are not duplicates', () => {
    const r = parse(file(row(), row({ period: 'H1' }), row({ edition: 'post2025', code: '24' }), row({ metric: 'kcn_operating_area_ha', unit: '' })));
    expect(errors(r)).toEqual([]);
    expect(r.rows).toHaveLength(4);
  });

  it('messages for the UI are keys with params, and the English formatter names line and column', () => {
    const [p] = errors(parse(file(row({ unit: 'musd' }))));
    expect(p).toEqual({ line: 2, column: 'unit', severity: 'error', code: 'unit-mismatch', params: { value: 'musd', expected: 'projects', metric: 'fdi_projects_valid' } });
    expect(formatImportProblem(p)).toBe('line 2, unit: unit "musd" does not match "fdi_projects_valid", which is in projects');
  });
});

describe('parseUserCsv: the header', () => {
  it('a missing required column is one error on line 1 and nothing is imported', () => {
    const r = parse('edition,code,year,period,scope,metric,unit,note\npre2025,27,2023,FY,zones,fdi_projects_valid,projects,\n');
    expect(only(r.problems)).toEqual(['1:header-missing-column']);
    expect(r.problems[0].params).toEqual({ column: 'value' });
    expect(r.stats).toMatchObject({ fatal: true, records: 1, accepted: 0, rejected: 1 });
  });

  it('a file without a header (data on line 1) says which columns are missing', () => {
    const r = parse(`${row()}\n${row({ year: '2020' })}\n`);
    expect(r.stats.fatal).toBe(true);
    expect(r.problems.every((p) => p.line === 1 && p.code === 'header-missing-column')).toBe(true);
    expect(r.problems.map((p) => p.params.column)).toEqual(['edition', 'code', 'year', 'period', 'metric', 'value']);
  });

  it('a column named twice is an error; an unknown column a warning (ignored)', () => {
    expect(only(parse('edition,code,year,period,metric,value,value\n').problems)).toEqual(['1:header-duplicate-column@value']);
    const r = parse(`${HEADER},source\n${row()},my notes\n`);
    expect(only(r.problems)).toEqual(['1:header-unknown-column']);
    expect(r.rows).toHaveLength(1);
  });

  it('an empty file, or only blank lines, is one error', () => {
    for (const text of ['', '\n\n', '\uFEFF', ' , \r\n']) {
      const r = parse(text);
      expect(only(r.problems)).toEqual(['1:empty-file']);
      expect(r.stats.fatal).toBe(true);
    }
  });

  it('a header alone is a valid, empty import', () => {
    const r = parse(`${HEADER}\n`);
    expect(r.problems).toEqual([]);
    expect(r.stats).toMatchObject({ records: 0, fatal: false });
  });
});

describe('parseUserCsv: the CSV dialect', () => {
  const expected = [
    { line: 2, edition: 'pre2025', code: '27', year: 2023, period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: 120, unit: 'projects', note: 'a, b; "c"' },
    { line: 3, edition: 'pre2025', code: '27', year: 2020, period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: 120, unit: 'projects', note: 'two\nlines' },
    { line: 5, edition: 'pre2025', code: '27', year: 2021, period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: 120, unit: 'projects', note: '' },
  ];
  const lines = (d: string) => [
    HEADER.replace(/,/g, d),
    ['pre2025', '27', '2023', 'FY', 'zones', 'fdi_projects_valid', '120', 'projects', '"a, b; ""c"""'].join(d),
    ['pre2025', '27', '2020', 'FY', 'zones', 'fdi_projects_valid', '120', 'projects', '"two\nlines"'].join(d),
    ['pre2025', '27', '2021', 'FY', 'zones', 'fdi_projects_valid', '120', 'projects', ''].join(d),
  ];

  it.each([
    ['comma, LF', ',', '\n', ''],
    ['semicolon (Excel, Vietnamese locale), CRLF, BOM', ';', '\r\n', '\uFEFF'],
    ['comma, CRLF, BOM', ',', '\r\n', '\uFEFF'],
    ['semicolon, old Mac CR', ';', '\r', ''],
  ])('%s', (_label, d, eol, bom) => {
    const text = bom + lines(d).join(eol).replace('two\nlines', 'two\nlines') + eol;
    const r = parse(text);
    expect(r.delimiter).toBe(d);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual(expected.map((x) => ({ ...x, note: x.note })));
  });

  it('a file without a final line break reads its last row', () => {
    const r = parse(`${HEADER}\n${row()}`);
    expect(r.rows).toHaveLength(1);
  });

  it('blank lines (and a spreadsheet’s rows of empty cells) are skipped, lines still counted', () => {
    const r = parse(`${HEADER}\n\n${row()}\n,,,,,,,,\n   \n${row({ year: '2020', value: 'x' })}\n\n`);
    expect(r.stats).toMatchObject({ records: 2, accepted: 1, rejected: 1, emptyLines: 4 });
    expect(only(errors(r))).toEqual(['6:value-not-number@value']);
    expect(parse(`${HEADER.replace(/,/g, ';')}\r\n;;;;;;;;\r\n`).stats).toMatchObject({ records: 0, emptyLines: 1 });
  });

  it('text after a closing quote is kept, with a warning', () => {
    const r = parse(file(row({ note: '"ab"cd' })));
    expect(r.rows[0].note).toBe('abcd');
    expect(only(r.problems)).toEqual(['2:quote-stray']);
  });

  it('a row longer than 10,000 characters is one error; the rows after it are read', () => {
    const r = parse(file(row({ note: 'x'.repeat(10_001) }), row({ year: '2020' })));
    expect(only(r.problems)).toEqual(['2:line-too-long']);
    expect(r.rows.map((x) => x.line)).toEqual([3]);
    const exact = `${row({ note: '' })}${'x'.repeat(10_000 - row({ note: '' }).length)}`;
    expect(parse(`${HEADER}\r\n${exact}\r\n`).rows).toHaveLength(1);
  });

  it('a 1 MB single line does not crash and keeps no megabyte', () => {
    const big = `${row({ note: '' })}${'é,"'.repeat(350_000)}`;
    const r = parse(`${HEADER}\n${big}\n${row({ year: '2021' })}\n`);
    expect(only(r.problems)).toEqual(['2:line-too-long']);
    expect(r.rows.map((x) => x.line)).toEqual([3]);
    expect(JSON.stringify(r).length).toBeLessThan(5_000);
    // a megabyte with no line break at all, header included
    const one = parse('a'.repeat(1_000_000));
    expect(only(one.problems)).toEqual(['1:line-too-long']);
  });

  it('an unterminated quote swallows at most 10,000 characters, is reported where it opened, then reading resumes', () => {
    const periods = ['FY', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4', '1M', '2M', '3M', '4M', '5M', '6M', '7M', '8M', '10M', '11M', 'cumulative-to-date'];
    const rest = Array.from({ length: 600 }, (_, i) => row({ year: String(1990 + (i % 36)), period: periods[Math.floor(i / 36)] }));
    const r = parse(file(row({ year: '2024', period: 'H1' }), row({ note: '"oops' }), ...rest));
    // Not "a row longer than 10,000 characters": the quote of line 3 ran over the next lines.
    const first = errors(r)[0];
    expect(first).toMatchObject({ line: 3, code: 'quote-runaway', params: { opened: 3, maxChars: 10_000 } });
    const through = Number(first.params.through);
    // About 10,000 characters of rows of 55–75 characters each.
    expect(through).toBeGreaterThan(3 + 10_000 / 76);
    expect(through).toBeLessThan(3 + 10_000 / 54);
    expect(formatImportProblem(first)).toBe(`line 3: a quote opened on line 3 is never closed (a missing "): lines 3–${through} were read as one cell of more than 10000 characters and skipped`);
    expect(r.problems.some((p) => p.code === 'line-too-long')).toBe(false);
    // Reading resumes on the line after the swallowed ones.
    expect(r.rows[0].line).toBe(2);
    expect(r.rows[1].line).toBe(through + 1);
    expect(r.stats.accepted).toBeGreaterThan(400);
    expect(r.stats.accepted + r.stats.rejected).toBe(r.stats.records);
  });

  it('a quote that opens on a later line of a record and never closes is reported on that line', () => {
    // Line 3 starts a record whose note spans lines 3–4 and closes; the unit cell of line 5 opens a quote to the end.
    const text = `${HEADER}\n${row()}\npre2025,27,2020,FY,zones,fdi_projects_valid,1,projects,"two\nlines"\n${row({ year: '2021', unit: '"projects' })}\n${row({ year: '2022' })}\n`;
    const r = parse(text);
    expect(only(errors(r))).toEqual(['5:quote-unterminated']);
    expect(formatImportProblem(errors(r)[0])).toBe('line 5: a quote opened on line 5 is never closed (a missing ")');
    expect(r.rows.map((x) => x.line)).toEqual([2, 3]);
  });

  it('a long line inside one quoted cell, with no line break, is still a long line', () => {
    const r = parse(file(row({ note: `"${'x'.repeat(10_001)}"` }), row({ year: '2020' })));
    expect(only(r.problems)).toEqual(['2:line-too-long']);
  });
});

describe('parseUserCsv: binary and mis-encoded input', () => {
  it('NUL bytes: one "not a text CSV" error, nothing imported', () => {
    const r = parse(`${file(row(), row({ year: '2020' }))}\0\0PK\x03\x04`);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 4, code: 'not-text', severity: 'error', params: { reason: 'nul' } });
    expect(formatImportProblem(r.problems[0])).toMatch(/not a text CSV/);
    expect(r.rows).toEqual([]);
    expect(r.stats).toMatchObject({ fatal: true, accepted: 0 });
  });

  it('a legacy (non-UTF-8) Vietnamese file decoded as UTF-8: one error instead of a page of them', () => {
    const legacy = new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), ...Array.from({ length: 20 }, () => [0x70, 0x72, 0x65, 0x32, 0x30, 0x32, 0x35, 0x2c, 0x48, 0xe0, 0x20, 0x4e, 0xe9, 0x69, 0x2c, 0x0a]).flat()]);
    const r = parse(new TextDecoder().decode(legacy));
    expect(only(r.problems)).toEqual(['1:not-text']);
    expect(r.problems[0].params.reason).toBe('encoding');
  });

  it('one stray replacement character in a note is a warning, not a rejection', () => {
    const r = parse(file(row({ note: 'H\uFFFDi Phòng' })));
    expect(only(r.problems)).toEqual(['2:encoding-suspect@note']);
    expect(r.rows).toHaveLength(1);
  });
});

describe('parseUserCsv: formula and HTML injection', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '=cmd|\' /C calc\'!A0'])('note %s is kept as text, with a warning', (note) => {
    const r = parse(file(row({ note: `"${note.replace(/"/g, '""')}"` })));
    expect(r.rows[0].note).toBe(note);
    expect(only(r.problems)).toEqual(['2:formula-text@note']);
  });

  it('a note already neutralised with an apostrophe is read without it, and no warning', () => {
    const r = parse(file(row({ note: "'=1+1" })));
    expect(r.rows[0].note).toBe('=1+1');
    expect(warnings(r)).toEqual([]);
  });

  it('a formula in the code or value column is simply not a province or a number', () => {
    const r = parse(file(row({ code: '=1+1' }), row({ value: '=1+1', year: '2020' })));
    expect(only(errors(r))).toEqual(['2:province-unknown@code', '3:value-not-number@value']);
  });

  it('negative numbers are values, not formulas', () => {
    const r = parse(file(row({ metric: 'grdp_growth_pct', scope: 'province', unit: '', value: '-2.5' })));
    expect(r.problems).toEqual([]);
    expect(r.rows[0].value).toBe(-2.5);
  });

  it('HTML in a cell is kept as the same string, never interpreted', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;';
    const r = parse(file(row({ note: `"${html.replace(/"/g, '""')}"` })));
    expect(r.rows[0].note).toBe(html);
    const bad = parse(file(row({ code: '<b>Hà Nội</b>' })));
    expect(bad.problems[0]).toMatchObject({ code: 'province-unknown', params: { value: '<b>Hà Nội</b>' } });
  });
});

describe('parseUserCsv: values checked against the metric\'s unit', () => {
  const area = { metric: 'kcn_operating_area_ha', unit: '' };
  it.each([
    ['a negative count of projects', row({ value: '-3' }), '3:value-below-minimum@value'],
    ['a negative area', row({ ...area, value: '-0.5' }), '3:value-below-minimum@value'],
    ['1e308', row({ ...area, value: '1e308' }), '3:value-too-large@value'],
    ['a 308-digit value', row({ ...area, value: '9'.repeat(308) }), '3:value-too-large@value'],
    ['a value beyond 2^53', row({ metric: 'grdp_growth_pct', scope: '', unit: '', value: '-1e16' }), '3:value-too-large@value'],
  ])('%s is an error: the row is rejected', (_label, bad, expected) => {
    const r = parse(file(row({ year: '2020' }), bad));
    expect(only(errors(r))).toEqual([expected]);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
  });

  it('the error names the value and the unit', () => {
    const r = parse(file(row({ value: '-3' })));
    expect(formatImportProblem(r.problems[0])).toBe('line 2, value: value "-3" cannot be below 0 for a figure in projects');
    const long = parse(file(row({ ...area, value: '9'.repeat(308) })));
    expect(String(long.problems[0].params.value)).toHaveLength(80);
  });

  it.each([
    ['a fraction of a project', row({ value: '2.5' }), '2:value-not-whole@value'],
    ['an area larger than Viet Nam', row({ ...area, value: '50000000' }), '2:value-implausible@value'],
    ['an occupancy of 950 %', row({ metric: 'occupancy_pct', unit: '', value: '950' }), '2:value-implausible@value'],
    ['growth below -100 %', row({ metric: 'grdp_growth_pct', scope: '', unit: '', value: '-150' }), '2:value-implausible@value'],
  ])('%s is a warning: the row is kept', (_label, odd, expected) => {
    const r = parse(file(odd));
    expect(only(r.problems)).toEqual([expected]);
    expect(r.rows).toHaveLength(1);
  });

  it('ordinary values pass without a word: a negative growth rate, zero projects, a large area', () => {
    const r = parse(file(
      row({ metric: 'grdp_growth_pct', scope: '', unit: '', value: '-2.5' }),
      row({ year: '2020', value: '0' }),
      row({ ...area, value: '12345.6' }),
    ));
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(3);
  });
});

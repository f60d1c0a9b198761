import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { BOM, changeCsv, csvCell, rankingCsv } from '../../../src/core/export/csv';
import { decimalsOf, plainNumber, plainText } from '../../../src/core/numbers';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { ranking } from '../../../src/core/analysis/ranking';
import { dataset, metric, obs } from '../analysis/fixture';

describe('CSV export', () => {
  test('starts with a BOM and round-trips Vietnamese text, commas and quotes', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 50, sourceId: 's-b2' }),
          obs({ code: '31', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 45 }),
        ],
        [metric('fdi_new_projects', { kind: 'flow' })],
      ),
    );
    const result = ranking(index, { metric: 'fdi_new_projects', year: 2024, period: 'FY', edition: 'pre2025' });
    const names: Record<string, string> = { '30': 'Hải Dương, "tỉnh"', '31': 'Hải Phòng', '27': 'Bắc Ninh' };
    const text = rankingCsv(result, (code) => names[code]);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = csvParse(text.slice(1));
    expect(rows.map((r) => r.province)).toEqual(['Hải Dương, "tỉnh"', 'Hải Phòng', 'Bắc Ninh']);
    expect(rows[0].value).toBe('50');
    expect(rows[0].source_publisher).toBe('Báo Hải Phòng');
    expect(rows[2].value).toBe('');
  });

  test('formula-like text is neutralised, numbers are not', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });

  test('the Change view’s file has the two years shown, both values, and the change only like for like', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'zones', year: 2015, value: 273.59 }),
          obs({ code: '30', metric: 'zones', year: 2023, value: 2700.93 }),
          obs({ code: '31', metric: 'zones', year: 2023, value: 7 }),
          obs({ code: '31', metric: 'zones', year: 2022, value: 6 }),
        ],
        [metric('zones')],
      ),
    );
    const query = { metric: 'zones', period: 'cumulative-to-date', edition: 'pre2025' as const };
    const text = changeCsv(ranking(index, { ...query, year: 2015 }), ranking(index, { ...query, year: 2023 }), (code) => code);
    const rows = csvParse(text.slice(1));
    expect(rows.map((r) => [r.code, r.from_year, r.to_year, r.from_value, r.to_value, r.delta_abs, r.note])).toEqual([
      ['30', '2015', '2023', '273.59', '2700.93', '2427.34', ''],
      ['31', '2015', '2023', '', '7', '', 'missing'],
      ['27', '2015', '2023', '', '', '', 'missing'],
    ]);
    // 2700.93 − 273.59 in binary floating point is 2427.3399999999997: the file says what a reader would.
    expect(2700.93 - 273.59).not.toBe(2427.34);
  });

  test('a merged unit compared across different old provinces has no change in the file, and the note says so', () => {
    const index = buildIndex(dataset([obs({ code: '30', metric: 'zones', year: 2022, value: 40 }), obs({ code: '31', metric: 'zones', year: 2023, value: 5 })], [metric('zones')]));
    const query = { metric: 'zones', period: 'cumulative-to-date', edition: 'post2025' as const };
    const rows = csvParse(changeCsv(ranking(index, { ...query, year: 2022 }), ranking(index, { ...query, year: 2023 }), (c) => c).slice(1));
    expect(rows.find((r) => r.code === '31')).toMatchObject({ delta_abs: '', note: 'not like for like: 2022: 30 only; 2023: 31 only' });
  });
});

describe('plain numbers', () => {
  test('no floating-point noise: ten significant digits', () => {
    expect(plainNumber(2427.3399999999965)).toBe(2427.34);
    expect(plainNumber(0.30000000000000004)).toBe(0.3);
    expect(plainText(653.1800000000001)).toBe('653.18');
    expect(plainText(null)).toBe('');
  });

  test('never fewer decimals than the source states', () => {
    expect(plainNumber(12345678.125)).toBe(12345678.13);
    expect(plainNumber(12345678.125, 3)).toBe(12345678.125);
    expect(decimalsOf(17.43)).toBe(2);
    expect(decimalsOf(3e-7)).toBe(7);
  });
});

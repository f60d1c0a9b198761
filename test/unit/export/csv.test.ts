import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { BOM, csvCell, rankingCsv } from '../../../src/core/export/csv';
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
});

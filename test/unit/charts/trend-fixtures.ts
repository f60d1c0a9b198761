// Small hand-made results for the trend, bump and compare panels.
import type { SeriesResult, UnitValue } from '../../../src/core/analysis/types';
import type { Province } from '../../../src/core/data/types';
import { metric, province, provinces as analysisProvinces } from '../analysis/fixture';

export const provinces: Province[] = [...analysisProvinces, province('pre2025', '22', 'Quảng Ninh', true)];

export const fdi = metric('fdi_musd', {
  scope: 'province', labelVi: 'Vốn FDI đăng ký', labelEn: 'Registered FDI', unit: 'musd', unitVi: 'triệu USD',
  unitEn: 'million USD', kind: 'flow', core: true,
});
export const rent = metric('rent_usd_m2', {
  labelVi: 'Giá thuê đất', labelEn: 'Land rent', unit: 'usd_m2', unitVi: 'USD/m²', unitEn: 'USD/m²', kind: 'stock',
  higherIsBetter: false, aggregate: 'wmean', core: true,
});
export const zoneCount = metric('zone_count', {
  labelVi: 'Số KCN', labelEn: 'Number of zones', unit: 'count', unitVi: 'khu', unitEn: 'zones', higherIsBetter: null, core: true,
});

type Cell = number | null | ({ value: number } & Partial<Pick<UnitValue, 'contested' | 'derived' | 'partial'>>);

export function unitValue(code: string, metricId: string, cell: Cell): UnitValue {
  const value = cell === null ? null : typeof cell === 'number' ? cell : cell.value;
  const flags = cell !== null && typeof cell === 'object' ? cell : {};
  return {
    unit: { edition: 'pre2025', code }, metric: metricId, value, origin: value === null ? 'missing' : 'observed',
    selection: null, inputs: [], asOf: '', contested: false, derived: false, partial: false, userProvided: false, qualifier: '', setAside: [], missingInputs: [],
    covered: [], carriedFrom: null, reason: value === null ? 'no-data' : '', ...flags,
  };
}

/** A series result from one row of cells per unit code, one cell per year. */
export function seriesResult(metricId: string, years: number[], rows: Record<string, Cell[]>, period = 'FY'): SeriesResult {
  const codes = Object.keys(rows);
  return {
    query: { metric: metricId, period, units: codes.map((code) => ({ edition: 'pre2025', code })) },
    years,
    series: codes.map((code) => ({
      unit: { edition: 'pre2025', code },
      points: years.map((year, i) => ({ year, value: unitValue(code, metricId, rows[code][i]) })),
    })),
  };
}

// 27 has a gap in 2021 and a contested 2022; 31 has two lone years (the second partial); 30 is complete
// with a derived last year; 22 is complete and quiet.
export const trendResult = seriesResult('fdi_musd', [2019, 2020, 2021, 2022, 2023], {
  '27': [100, 120, null, { value: 150, contested: true }, 170],
  '31': [null, 80, null, { value: 90, partial: true }, null],
  '30': [40, 45, 50, 55, { value: 60, derived: true }],
  '22': [70, 65, 60, 58, 62],
});

export const compareResults: SeriesResult[] = [
  seriesResult('fdi_musd', [2021, 2022, 2023], { '27': [5000, 9000, 21145], '31': [3000, null, 5987] }),
  seriesResult('rent_usd_m2', [2021, 2022, 2023], { '27': [120, 130, null], '31': [null, 100, 95] }, 'cumulative-to-date'),
  seriesResult('zone_count', [2020, 2021, 2023], { '27': [null, 16, null], '31': [null, null, 14] }, 'cumulative-to-date'),
];

// The cases issue 10 found in the real dataset, as they read now: the first screen, Hưng Yên's "rise" of 2024,
// new Ninh Bình's 2022→2023 change, and colour classes that stay the same when the year changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../../src/core/analysis/dataset-index';
import { defaultYear, ranking, reportingByYear, unitsOf, yearsOf } from '../../../src/core/analysis/ranking';
import { classScale } from '../../../src/core/analysis/scale';
import { naturalPeriodOf } from '../../../src/core/analysis/values';
import { choropleth } from '../../../src/core/choropleth/choropleth';
import { classIndex } from '../../../src/core/choropleth/breaks';
import { datasetFromTexts } from '../../../src/core/data/load';
import { DATA_FILES, type DataFileKey, type DataTexts } from '../../../src/core/data/schema';
import { DEFAULT_METRIC, FIRST_SCREEN_SHARE, latestCoveredYear } from '../../../src/core/view/metric';
import { projectRoot } from '../data/shared';

let index: DatasetIndex;

beforeAll(() => {
  const texts = {} as DataTexts;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) texts[key] = readFileSync(join(projectRoot, 'data', DATA_FILES[key].path), 'utf8');
  index = buildIndex(datasetFromTexts(texts));
});

describe('the real dataset', () => {
  test('the first screen: the whole province’s FDI, a year in which at least 10 of 11 provinces report', () => {
    const metric = DEFAULT_METRIC.province;
    const period = naturalPeriodOf(index, metric);
    const { years, complete } = reportingByYear(index, metric, period, unitsOf(index, 'pre2025'));
    const year = latestCoveredYear({ years, complete, total: 11 }, FIRST_SCREEN_SHARE) as number;
    const result = ranking(index, { metric, year, period, edition: 'pre2025' });
    expect(result.reporting).toBeGreaterThanOrEqual(10);
    expect(result.total).toBe(11);
    // The old first screen (zone-level cumulative FDI) had 6 of 11.
    const old = ranking(index, { metric: 'fdi_capital_registered_musd', year: defaultYear(index, 'fdi_capital_registered_musd', 'cumulative-to-date', 'pre2025') as number, period: 'cumulative-to-date', edition: 'pre2025' });
    expect(old.reporting).toBeLessThan(10);
  });

  test('Hưng Yên in 2024 (new FDI capital, three provinces report): no rise among those reporting both years', () => {
    const result = ranking(index, { metric: 'province_fdi_new_capital_musd', year: 2024, period: 'FY', edition: 'pre2025' });
    const hungYen = result.rows.find((row) => row.unit.code === '33')!;
    // Second: Bắc Ninh's figure includes share purchases, the other two do not, so it is not ranked with them.
    expect(hungYen.rank).toBe(2);
    // Among all 2023 reporters it was lower: the old rank change counted the provinces that stopped reporting.
    expect(hungYen.previousRank as number).toBeGreaterThan(3);
    // Bắc Ninh's 2024 figure includes share purchases, its 2023 one does not: not compared (no +370 %).
    const bacNinh = result.rows.find((row) => row.unit.code === '27')!;
    expect([bacNinh.definitionChange, bacNinh.deltaPct, bacNinh.rankChange]).toEqual([true, null, null]);
    expect([bacNinh.otherDefinition, bacNinh.rank, bacNinh.value]).toEqual([true, null, 5120]);
    expect(result.commonReporters).toBe(2);
    expect(hungYen.rankChange).toBe(0);
  });

  test('registered FDI 2015 → 2016: the 2015 table has no share purchases, so no province has a change or a rank change', () => {
    const result = ranking(index, { metric: 'province_fdi_total_capital_musd', year: 2016, period: 'FY', edition: 'pre2025' });
    expect(result.rows.every((row) => row.definitionChange && row.deltaAbs === null && row.rankChange === null)).toBe(true);
    const next = ranking(index, { metric: 'province_fdi_total_capital_musd', year: 2017, period: 'FY', edition: 'pre2025' });
    expect(next.rows.filter((row) => row.deltaAbs !== null)).toHaveLength(11);
  });

  test('new Ninh Bình 2022 → 2023 (zone-level FDI capital): Hà Nam only against Ninh Bình only, so no change', () => {
    const result = ranking(index, { metric: 'fdi_capital_registered_musd', year: 2023, period: 'cumulative-to-date', edition: 'post2025' });
    const ninhBinh = result.rows.find((row) => row.unit.code === '37')!;
    expect(ninhBinh.value).not.toBeNull();
    expect(ninhBinh.deltaPct).toBeNull();
    expect(ninhBinh.coverageNote?.from?.map((u) => u.code)).toEqual(['35']);
    expect(ninhBinh.coverageNote?.to?.map((u) => u.code)).toEqual(['37']);
  });

  test('colour classes are the same every year; every class holds two or more values over the years', () => {
    for (const metric of ['fdi_capital_registered_musd', 'province_fdi_total_capital_musd', 'occupancy_pct']) {
      const period = naturalPeriodOf(index, metric);
      const scale = classScale(index, { metric, period, edition: 'pre2025', color: 'value', delta: 'abs' });
      expect(scale.breaks.length).toBeLessThanOrEqual(4);
      const pooled = new Map<number, Set<number>>();
      for (const year of yearsOf(index, metric)) {
        const rows = ranking(index, { metric, year, period, edition: 'pre2025' }).rows;
        const map = choropleth(rows.map((r) => ({ code: r.unit.code, value: r.value, deltaAbs: null, deltaPct: null, contested: false, partial: false, derived: false })), {
          mode: 'value', delta: 'abs', higherIsBetter: true, scale,
        });
        expect(map.breaks).toEqual(scale.breaks);
        for (const r of rows) if (r.value !== null) {
          const i = classIndex(scale, r.value);
          if (!pooled.has(i)) pooled.set(i, new Set());
          pooled.get(i)!.add(r.value);
        }
      }
      expect(pooled.size, metric).toBe(scale.breaks.length + 1);
      for (const values of pooled.values()) expect(values.size, metric).toBeGreaterThanOrEqual(2);
    }
  });
});

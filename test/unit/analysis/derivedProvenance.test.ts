// The ranking table's derived cells open their derivation (issue 10's "every number one click from its
// source"): a change lists both years' values with their sources; a share of the region lists the value and
// the region's published total, or every province of the sum.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { ranking } from '../../../src/core/analysis/ranking';
import { changeProvenance, regionShareProvenance } from '../../../src/core/analysis/derivedProvenance';
import type { Observation } from '../../../src/core/data/types';
import { dataset, metric, obs } from './fixture';

const capital = metric('capital', { scope: 'province', kind: 'flow', aggregate: 'sum' });
const flow = (code: string, year: number, value: number, patch: Partial<Observation> = {}) =>
  obs({ code, metric: 'capital', year, value, period: 'FY', scope: 'province', sourceId: 's-a1', ...patch });
const rankingOf = (observations: Observation[], year: number) =>
  ranking(buildIndex(dataset(observations, [capital])), { metric: 'capital', year, period: 'FY', edition: 'pre2025' });
const row = (result: ReturnType<typeof rankingOf>, code: string) => result.rows.find((r) => r.unit.code === code)!;

describe('a change', () => {
  const data = [flow('27', 2023, 100), flow('27', 2024, 150, { flags: ['approx'] }), flow('31', 2023, 80), flow('31', 2024, 60), flow('30', 2024, 10)];

  test('is derived from the earlier and the later value, each with its source and year', () => {
    const result = rankingOf(data, 2024);
    const provenance = changeProvenance(row(result, '27'), result)!;
    expect(provenance).toMatchObject({ value: 50, derived: true, origin: 'derived', qualifier: 'approx', change: { fromYear: 2023, toYear: 2024, pct: 0.5, rankChange: 0 } });
    expect(provenance.entries.map((e) => [e.role, e.unit.code, e.year, e.value])).toEqual([['input', '27', 2023, 100], ['input', '27', 2024, 150]]);
    expect(provenance.entries.every((e) => e.source !== null)).toBe(true);
    expect(changeProvenance(row(result, '31'), result)).toMatchObject({ value: -20, change: { pct: -0.25 } });
  });

  test('none where there is no change (a unit new this year)', () => {
    const result = rankingOf(data, 2024);
    expect(changeProvenance(row(result, '30'), result)).toBeNull();
  });
});

describe('a share of the region', () => {
  test('over the sum of the provinces: the value and every province of the sum', () => {
    const result = rankingOf([flow('27', 2024, 150), flow('31', 2024, 60), flow('30', 2024, 40)], 2024);
    const provenance = regionShareProvenance(row(result, '31'), result)!;
    expect(provenance).toMatchObject({ value: 24, derived: true, share: { of: 'region', total: { value: 250, origin: 'sum' } } });
    expect(provenance.entries.map((e) => e.unit.code)).toEqual(['31', '27', '30']);
  });

  test('over a published region total: the value and that total', () => {
    const result = rankingOf([flow('27', 2024, 150), flow('31', 2024, 60), obs({ edition: 'region', code: 'rrd-bloc', metric: 'capital', year: 2024, value: 400, period: 'FY', scope: 'province', sourceId: 's-b1' })], 2024);
    const provenance = regionShareProvenance(row(result, '27'), result)!;
    expect(provenance.value).toBeCloseTo(37.5);
    expect(provenance.share?.total).toEqual({ value: 400, origin: 'published' });
    expect(provenance.entries.map((e) => [e.unit.edition, e.value])).toEqual([['pre2025', 150], ['region', 400]]);
  });

  test('none without a region total (a province missing)', () => {
    const result = rankingOf([flow('27', 2024, 150), flow('31', 2024, 60)], 2024);
    expect(regionShareProvenance(row(result, '27'), result)).toBeNull();
  });
});

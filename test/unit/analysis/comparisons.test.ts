// Comparisons that cannot mislead (issue 10), on small hand-made data: rank changes among the units that
// report both years, merged units compared like for like only, "latest available" with mixed dates.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { cagr, defaultYear, ranking } from '../../../src/core/analysis/ranking';
import { classScale } from '../../../src/core/analysis/scale';
import { valueAsOf } from '../../../src/core/analysis/latest';
import type { Dataset } from '../../../src/core/data/types';
import { dataset, metric, obs, province, provinces } from './fixture';

const STOCK = 'cumulative-to-date';

/** Five bloc provinces, none merging, for rankings. */
const five = ['01', '22', '26', '33', '34'];
function fiveProvinces(observations: Parameters<typeof dataset>[0]): Dataset {
  const base = dataset(observations, [metric('capital', { kind: 'flow' })]);
  return { ...base, provinces: five.map((code) => province('pre2025', code, `P${code}`, true, code)) };
}
const flow = (code: string, year: number, value: number) => obs({ code, metric: 'capital', year, value, period: 'FY' });
const rankRows = (data: Dataset, year: number) => {
  const result = ranking(buildIndex(data), { metric: 'capital', year, period: 'FY', edition: 'pre2025' });
  return { result, byCode: Object.fromEntries(result.rows.map((row) => [row.unit.code, row])) };
};

describe('rank change among common reporters', () => {
  // 2023: all five report; 2024: only 01, 26 and 34 (the others stopped reporting).
  const data = fiveProvinces([
    flow('01', 2023, 100), flow('22', 2023, 90), flow('26', 2023, 80), flow('33', 2023, 70), flow('34', 2023, 60),
    flow('01', 2024, 110), flow('26', 2024, 120), flow('34', 2024, 100),
  ]);

  test('a unit does not rise because others stopped reporting: 5th → 3rd among reporters is 3rd → 3rd among the three', () => {
    const { result, byCode } = rankRows(data, 2024);
    expect(byCode['34'].rank).toBe(3);
    expect(byCode['34'].previousRank).toBe(5);
    expect(byCode['34'].rankChange).toBe(0);
    expect(byCode['26'].rankChange).toBe(1);
    expect(byCode['01'].rankChange).toBe(-1);
    expect(result.commonReporters).toBe(3);
    // Units without a value in either year have no rank change.
    expect([byCode['22'].rankChange, byCode['33'].rankChange]).toEqual([null, null]);
  });

  test('ties share a rank in both years: 4th → 2nd is +2, and equal values move together', () => {
    const tied = fiveProvinces([
      flow('01', 2023, 100), flow('22', 2023, 90), flow('26', 2023, 80), flow('33', 2023, 70), flow('34', 2023, 70),
      flow('01', 2024, 100), flow('22', 2024, 120), flow('26', 2024, 50), flow('33', 2024, 110), flow('34', 2024, 110),
    ]);
    const { byCode } = rankRows(tied, 2024);
    // 2023: 01 1st, 22 2nd, 26 3rd, 33 and 34 4th (tied). 2024: 22 1st, 33 and 34 2nd (tied), 01 4th, 26 5th.
    expect([byCode['33'].rank, byCode['34'].rank]).toEqual([2, 2]);
    expect([byCode['33'].rankChange, byCode['34'].rankChange]).toEqual([2, 2]);
    expect(byCode['22'].rankChange).toBe(1);
    expect(byCode['01'].rankChange).toBe(-3);
    expect(byCode['26'].rankChange).toBe(-2);
  });
});

describe('merged units, like for like', () => {
  // Old 30 (Hải Dương) + 31 (Hải Phòng) → new 31.
  const merged = (rows: Parameters<typeof dataset>[0]) => buildIndex(dataset(rows, [metric('zones')]));
  const stock = (code: string, year: number, value: number, edition: 'pre2025' | 'post2025' = 'pre2025') => obs({ code, metric: 'zones', year, value, edition });
  const newHaiPhong = (index: ReturnType<typeof merged>, year: number) =>
    ranking(index, { metric: 'zones', year, period: STOCK, edition: 'post2025' }).rows.find((row) => row.unit.code === '31')!;

  test('different old provinces in the two years: no delta, no rank change, and the note says which', () => {
    const index = merged([stock('30', 2022, 40), stock('31', 2023, 5)]);
    const row = newHaiPhong(index, 2023);
    expect(row.value).toBe(5);
    expect(row.partial).toBe(true);
    expect([row.deltaAbs, row.deltaPct, row.rankChange]).toEqual([null, null, null]);
    expect(row.coverageNote).toEqual({
      fromYear: 2022, toYear: 2023, from: [{ edition: 'pre2025', code: '30' }], to: [{ edition: 'pre2025', code: '31' }],
    });
    expect(cagr(index, { edition: 'post2025', code: '31' }, 'zones', STOCK, 2022, 2023).cagr).toBeNull();
  });

  test('the same old provinces in both years (partial alike): the delta is shown, still marked partial', () => {
    const row = newHaiPhong(merged([stock('30', 2022, 40), stock('30', 2023, 50)]), 2023);
    expect([row.deltaAbs, row.partial, row.coverageNote]).toEqual([10, true, null]);
  });

  test('complete in both years, by its old provinces or by a post-merger row: the delta is shown', () => {
    const index = merged([stock('30', 2022, 40), stock('31', 2022, 10), stock('31', 2023, 70, 'post2025')]);
    const row = newHaiPhong(index, 2023);
    expect([row.value, row.partial, row.deltaAbs]).toEqual([70, false, 20]);
  });

  test('a partial aggregate does not report (data-reporting counts complete values only)', () => {
    const index = merged([stock('30', 2023, 40), stock('27', 2023, 3), stock('24', 2023, 2)]);
    const result = ranking(index, { metric: 'zones', year: 2023, period: STOCK, edition: 'post2025' });
    // New 24 = 27 + Bắc Giang 24: complete; new 31 has Hải Dương only: partial.
    expect([result.reporting, result.total]).toEqual([1, 2]);
    expect(result.rows.filter((row) => row.value !== null)).toHaveLength(2);
  });
});

describe('latest available (asof=latest)', () => {
  const index = buildIndex(
    dataset(
      [
        obs({ code: '30', metric: 'zones', year: 2021, value: 8, asOf: '2021-12' }),
        obs({ code: '31', metric: 'zones', year: 2023, value: 5, asOf: '2023-06' }),
        obs({ code: '27', metric: 'zones', year: 2021, value: 3, asOf: '2021-12' }),
        obs({ code: '24', metric: 'zones', year: 2021, value: 1, asOf: '2021-10' }),
        obs({ code: '30', metric: 'flow', year: 2021, value: 9, period: 'FY' }),
      ],
      [metric('zones'), metric('flow', { kind: 'flow' })],
    ),
  );
  const latest = (edition: 'pre2025' | 'post2025', code: string, metricId = 'zones', period = STOCK) =>
    valueAsOf(index, { edition, code }, metricId, 2023, period, 'latest');

  test("each unit's most recent value up to the year, with its date; older ones say so", () => {
    expect(latest('pre2025', '31')).toMatchObject({ value: 5, asOf: '2023-06', carriedFrom: null });
    expect(latest('pre2025', '30')).toMatchObject({ value: 8, asOf: '2021-12', carriedFrom: 2021 });
  });

  test('a merged unit sums its old provinces only when their values share the as-of year', () => {
    expect(latest('post2025', '31')).toMatchObject({ value: null, reason: 'as-of-mismatch' });
    expect(latest('post2025', '31').inputs.map((i) => i.selection?.asOf)).toEqual(['2021-12', '2023-06']);
    // 27 and Bắc Giang both stand at 2021: summed, carried from 2021.
    expect(latest('post2025', '24')).toMatchObject({ value: 4, carriedFrom: 2021, partial: false });
  });

  test('never for flows: a flow of an earlier year is no value for this one', () => {
    expect(latest('pre2025', '30', 'flow', 'FY').value).toBeNull();
  });

  test('in a ranking, a carried value has no change from the year before', () => {
    const result = ranking(index, { metric: 'zones', year: 2023, period: STOCK, edition: 'pre2025', asOf: 'latest' });
    const row = result.rows.find((r) => r.unit.code === '30')!;
    expect([row.value, row.carriedFrom, row.deltaAbs, row.rankChange]).toEqual([8, 2021, null, null]);
    expect(result.query.asOf).toBe('latest');
  });
});

describe('defaults and fixed classes', () => {
  test('the default year: the latest in which half the units have a complete value', () => {
    const index = buildIndex(dataset([obs({ code: '30', metric: 'zones', year: 2020, value: 1 }), obs({ code: '31', metric: 'zones', year: 2020, value: 2 }), obs({ code: '27', metric: 'zones', year: 2023, value: 3 })], [metric('zones')]));
    expect(defaultYear(index, 'zones', STOCK, 'pre2025')).toBe(2020);
  });

  test('a metric whose only figures are the bloc’s still has a year (the map shows no province)', () => {
    const index = buildIndex(dataset([obs({ edition: 'region', code: 'rrd-bloc', metric: 'zones', year: 2019, value: 9 })], [metric('zones')]));
    expect(defaultYear(index, 'zones', STOCK, 'pre2025')).toBe(2019);
    expect(defaultYear(index, 'nothing', STOCK, 'pre2025')).toBeNull();
  });

  test('classes are pooled over every year', () => {
    const index = buildIndex(dataset(['30', '31', '27'].flatMap((code, i) => [2020, 2021, 2022].map((year) => obs({ code, metric: 'zones', year, value: (i + 1) * 100 + year - 2020 }))), [metric('zones')]));
    const scale = classScale(index, { metric: 'zones', period: STOCK, edition: 'pre2025', color: 'value', delta: 'abs' });
    expect([scale.min, scale.max, scale.years]).toEqual([100, 302, [2020, 2022]]);
    expect(scale.breaks.length).toBeGreaterThan(0);
  });

  test('changes are pooled like for like only: a merged unit changing its old provinces adds no change', () => {
    const stock = (code: string, year: number, value: number) => obs({ code, metric: 'zones', year, value });
    // New 31: Hải Dương alone in 2020, Hải Phòng alone in 2021 (−35 would be no change at all). New 24: complete both years.
    const index = buildIndex(dataset([stock('30', 2020, 40), stock('31', 2021, 5), stock('27', 2020, 3), stock('24', 2020, 2), stock('27', 2021, 6), stock('24', 2021, 2)], [metric('zones')]));
    const scale = classScale(index, { metric: 'zones', period: STOCK, edition: 'post2025', color: 'delta', delta: 'abs' });
    expect([scale.min, scale.max, scale.years]).toEqual([-3, 3, [2021, 2021]]);
  });

  test('the fixture’s units are what the tests above assume', () => {
    expect(provinces.filter((p) => p.edition === 'pre2025' && p.inBloc).map((p) => p.code)).toEqual(['30', '31', '27']);
  });
});

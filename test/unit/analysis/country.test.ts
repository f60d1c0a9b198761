// The country as context (issue 14 §3), on small hand-made data: national ranks (with the half-reporting
// rule), shares of the published national total, merged units complete only with every predecessor, the
// region's share of the country, source-change and part-year marks, and `extent` against zone metrics.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { ranking, series } from '../../../src/core/analysis/ranking';
import { nationalRanksOf, regionCountryShare, shareProvenance } from '../../../src/core/analysis/national';
import { monthsBetween, sourceChanged, stockSpan } from '../../../src/core/analysis/basis';
import { marksOf } from '../../../src/core/analysis/marks';
import { changeState } from '../../../src/charts/change/state';
import { missing } from '../../../src/core/analysis/values';
import { checkExtent, extentPatch } from '../../../src/core/view/extent';
import { reconcileView } from '../../../src/core/view/reconcile';
import type { Observation } from '../../../src/core/data/types';
import type { UnitValue } from '../../../src/core/analysis/types';
import { dataset, metric, obs, provinces } from './fixture';

// The fixture: pre2025 30, 31, 27 (the bloc) and 24 (outside it); post2025 31 (= 30 + 31) and 24 (= 27 + 24).
const capital = metric('capital', { scope: 'province', kind: 'flow', aggregate: 'sum' });
const stock = metric('stock', { scope: 'province', kind: 'stock', aggregate: 'sum' });
const zoneMetric = metric('zone_capital', { scope: 'zones', kind: 'flow' });
const flow = (code: string, year: number, value: number, patch: Partial<Observation> = {}) =>
  obs({ code, metric: 'capital', year, value, period: 'FY', scope: 'province', sourceId: 's-a1', ...patch });
const national = (year: number, value: number, flags: string[] = ['incl-offshore']) =>
  obs({ edition: 'country', code: '00', metric: 'capital', year, value, period: 'FY', scope: 'province', sourceId: 's-a1', flags });
const offshore = (year: number, value: number) => obs({ edition: 'offshore', code: 'dk', metric: 'capital', year, value, period: 'FY', scope: 'province', sourceId: 's-a1' });
const index = (observations: Observation[]) => buildIndex(dataset(observations, [capital, stock, zoneMetric]));
const rows = (observations: Observation[], year: number, edition: 'pre2025' | 'post2025' = 'pre2025', extent: 'region' | 'country' = 'region') => {
  const result = ranking(index(observations), { metric: 'capital', year, period: 'FY', edition, extent });
  return { result, byCode: Object.fromEntries(result.rows.map((row) => [row.unit.code, row])) };
};

describe('national rank', () => {
  const all = [flow('30', 2023, 50), flow('31', 2023, 80), flow('27', 2023, 100), flow('24', 2023, 120)];

  test('each delta province carries its rank among every province of the edition, Bắc Giang (outside the delta) included', () => {
    const { result, byCode } = rows(all, 2023);
    expect(result.rows.map((r) => r.unit.code)).toEqual(['27', '31', '30']);
    expect(result.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(result.rows.map((r) => r.nationalRank)).toEqual([2, 3, 4]);
    expect(byCode['27'].nationalRank).toBe(2);
    expect(result.national).toEqual({ reporting: 4, total: 4 });
  });

  test('with extent=country the ranking lists every province of the edition, and its rank is the national rank', () => {
    const { result } = rows(all, 2023, 'pre2025', 'country');
    expect(result.rows.map((r) => r.unit.code)).toEqual(['24', '27', '31', '30']);
    expect(result.rows.map((r) => r.rank)).toEqual(result.rows.map((r) => r.nationalRank));
    expect(result.reporting).toBe(4);
  });

  test('none when fewer than half the edition’s provinces report; two of four is half, and ranks', () => {
    const one = rows([flow('27', 2023, 100)], 2023);
    expect(one.result.rows.map((r) => r.nationalRank)).toEqual([null, null, null]);
    expect(one.result.national).toEqual({ reporting: 1, total: 4 });
    const two = rows([flow('27', 2023, 100), flow('24', 2023, 120)], 2023);
    expect(two.byCode['27'].nationalRank).toBe(2);
    expect(two.byCode['30'].nationalRank).toBeNull();
  });

  test('ties share a national rank; the rule on plain values (1, 2, 2, 4)', () => {
    const v = (code: string, value: number | null): UnitValue => ({ ...missing({ edition: 'pre2025', code }, 'capital', value === null ? 'no-data' : ''), value });
    const ranks = nationalRanksOf([v('a', 5), v('b', 9), v('c', 5), v('d', 1), v('e', null)], 'higher', 5);
    expect(Object.fromEntries(ranks.ranks)).toEqual({ b: 1, a: 2, c: 2, d: 4 });
    expect(nationalRanksOf([v('a', 5), v('b', 9)], 'higher', 5).ranks.size).toBe(0);
    expect(Object.fromEntries(nationalRanksOf([v('a', 5), v('b', 9), v('d', 1)], 'lower', 5).ranks)).toEqual({ d: 1, a: 2, b: 3 });
  });

  test('a merged unit ranks only when every predecessor has a value: a partial sum is never ranked against a full one', () => {
    // 2023: every old province reports → 31 = 130, 24 = 220. 2024: Hải Dương (30) missing → 31 is partial.
    const data = [...all, flow('31', 2024, 80), flow('27', 2024, 100), flow('24', 2024, 120)];
    const full = rows(data, 2023, 'post2025', 'country');
    expect(full.byCode['31'].value).toBe(130);
    expect([full.byCode['24'].nationalRank, full.byCode['31'].nationalRank]).toEqual([1, 2]);
    const part = rows(data, 2024, 'post2025', 'country');
    expect(part.byCode['31'].partial).toBe(true);
    expect(part.byCode['31'].nationalRank).toBeNull();
    expect(part.byCode['24'].nationalRank).toBe(1);
    expect(part.result.national).toEqual({ reporting: 1, total: 2 });
  });

  test('a zone-level metric has no national rank (zone figures exist for the delta only)', () => {
    const result = ranking(index([obs({ code: '27', metric: 'zone_capital', year: 2023, value: 5, period: 'FY' })]), { metric: 'zone_capital', year: 2023, period: 'FY', edition: 'pre2025', extent: 'country' });
    expect(result.national).toBeNull();
    expect(result.rows).toHaveLength(3);
    expect(result.rows.every((r) => r.nationalRank === null)).toBe(true);
  });
});

describe('share of the country', () => {
  test('against the published national total (00), which includes the offshore line: the provenance says so and lists it', () => {
    const data = [flow('27', 2023, 100), flow('30', 2023, 50, { flags: ['lower-bound'] }), national(2023, 1000), offshore(2023, 40)];
    const { result, byCode } = rows(data, 2023);
    expect(result.countryTotal?.value).toBe(1000);
    expect(byCode['27'].countryShare).toBeCloseTo(0.1, 12);
    // A lower bound over an exact total is a lower-bound share.
    expect([byCode['30'].countryShare, byCode['30'].countryShareQualifier]).toEqual([0.05, 'lower-bound']);
    expect(byCode['31'].countryShare).toBeNull();
    const provenance = shareProvenance(byCode['27'].unit, [byCode['27']], result.countryTotal!.selection, 0.1, '', 'capital');
    expect(provenance.derived).toBe(true);
    expect(provenance.value).toBeCloseTo(10, 12);
    expect(provenance.share).toEqual({ of: 'country', includesOffshore: true });
    expect(provenance.entries.map((e) => [e.role, e.unit.edition, e.value])).toEqual([
      ['input', 'pre2025', 100], ['input', 'country', 1000], ['included', 'offshore', 40],
    ]);
  });

  test('no national total published, no share (never a sum of provinces passed off as the country)', () => {
    const { result, byCode } = rows([flow('27', 2023, 100), flow('24', 2023, 120)], 2023);
    expect(result.countryTotal).toBeNull();
    expect(byCode['27'].countryShare).toBeNull();
  });

  test('the region’s share of the country per year: derived from a complete sum, else nothing with the reason', () => {
    const data = [
      flow('30', 2022, 10), flow('31', 2022, 20), flow('27', 2022, 30), national(2022, 600),
      flow('30', 2023, 10), flow('27', 2023, 30), national(2023, 700),
      flow('30', 2024, 10), flow('31', 2024, 20), flow('27', 2024, 30),
    ];
    const points = regionCountryShare(index(data), 'capital', 'FY', 'pre2025');
    expect(points.map((p) => [p.year, p.share, p.reason])).toEqual([
      [2022, 0.1, ''], [2023, null, 'no-region-total'], [2024, null, 'no-country-total'],
    ]);
    expect(points[0]).toMatchObject({ region: 60, regionOrigin: 'sum', country: 600, includesOffshore: true });
    expect(points[0].parts.map((p) => p.unit.code).sort()).toEqual(['27', '30', '31']);
    expect(points.map((p) => p.sourceChange)).toEqual([false, false, false]);
  });

  test('the region’s share marks a year whose national total changes source (FIA to 20 December → NSO)', () => {
    const region = (year: number) => [flow('30', year, 10), flow('31', year, 20), flow('27', year, 30)];
    const data = [...region(2023), national(2023, 600, ['fy-to-20-dec']), ...region(2024), obs({ ...national(2024, 700, []), sourceId: 's-b1' })];
    const points = regionCountryShare(index(data), 'capital', 'FY', 'pre2025');
    expect(points.map((p) => [p.year, p.sourceChange])).toEqual([[2023, false], [2024, true]]);
  });
});

describe('source change and part-year', () => {
  const nso = { sourceId: 's-b1' };
  test('a flow whose source changes between years (FIA to 20 December → NSO calendar year) marks that year, without refusing it', () => {
    const data = [
      flow('27', 2022, 90, { flags: ['fy-to-20-dec'] }), flow('27', 2023, 100, { flags: ['fy-to-20-dec'] }), flow('27', 2024, 150, nso),
    ];
    const y2024 = rows(data, 2024).byCode['27'];
    expect(y2024.deltaAbs).toBe(50);
    expect(y2024.sourceChange).toBe(true);
    expect(marksOf(y2024)).toContain('source-change');
    expect(rows(data, 2023).byCode['27'].sourceChange).toBe(false);
    const points = series(index(data), { metric: 'capital', period: 'FY', units: [{ edition: 'pre2025', code: '27' }] }).series[0].points;
    expect(points.map((p) => [p.year, !!p.sourceChange])).toEqual([[2022, false], [2023, false], [2024, true]]);
  });

  test('the change view marks the same: a change across sources, and none within one source', () => {
    const data = [flow('27', 2022, 90, { flags: ['fy-to-20-dec'] }), flow('27', 2023, 100, { flags: ['fy-to-20-dec'] }), flow('27', 2024, 150, nso)];
    const at = (year: number) => ranking(index(data), { metric: 'capital', year, period: 'FY', edition: 'pre2025' });
    const across = changeState(at(2022), at(2024), { delta: 'abs', selected: null }).deltas.find((u) => u.code === '27')!;
    expect([across.deltaAbs, marksOf({ ...across, value: across.toValue })]).toEqual([60, ['source-change']]);
    const within = changeState(at(2022), at(2023), { delta: 'abs', selected: null }).deltas.find((u) => u.code === '27')!;
    expect(within.sourceChange).toBe(false);
  });

  test('the same publisher with and without the 20-December cut-off is a change of basis', () => {
    const a = { value: 1, selection: null, inputs: [] };
    const sel = (flags: string[]) => ({ value: 1, inputs: [], selection: { observation: { flags, sourceId: 's-a1' }, source: { publisher: 'FIA' } } }) as never;
    expect(sourceChanged(sel(['fy-to-20-dec']), sel([]), 'FY')).toBe(true);
    expect(sourceChanged(sel(['fy-to-20-dec']), sel(['fy-to-20-dec']), 'FY')).toBe(false);
    expect(sourceChanged(a, sel([]), 'FY')).toBe(false);
  });

  test('a stock’s change names both as-of dates, and under nine months it is part-year', () => {
    const s = (year: number, value: number, asOf: string) => obs({ code: '27', metric: 'stock', year, value, asOf, scope: 'province', sourceId: 's-a1' });
    const data = [s(2022, 10, '2022-12-20'), s(2023, 20, '2023-12-20'), s(2024, 25, '2024-06-20')];
    const at = (year: number) => ranking(index(data), { metric: 'stock', year, period: 'cumulative-to-date', edition: 'pre2025' }).rows.find((r) => r.unit.code === '27')!;
    expect(at(2024).deltaSpan).toEqual({ from: '2023-12-20', to: '2024-06-20', partYear: true });
    expect(marksOf(at(2024))).toContain('part-year');
    expect(at(2023).deltaSpan).toEqual({ from: '2022-12-20', to: '2023-12-20', partYear: false });
    expect(at(2023).partYear).toBe(false);
    // One source throughout: no change of source, only the dates.
    expect(at(2024).sourceChange).toBe(false);
  });

  test('a stock whose publisher changes is marked too (an FIA table, then a press article), whatever its cut-off flags', () => {
    const sel = (publisher: string, flags: string[] = []) => ({ value: 1, inputs: [], selection: { observation: { flags, sourceId: 's-' + publisher }, source: { publisher } } }) as never;
    expect(sourceChanged(sel('FIA'), sel('VnExpress'), 'cumulative-to-date')).toBe(true);
    expect(sourceChanged(sel('FIA', ['fy-to-20-dec']), sel('FIA'), 'cumulative-to-date')).toBe(false);
    expect(sourceChanged(sel('FIA'), sel('FIA'), 'cumulative-to-date')).toBe(false);
  });

  test('months between dates: whole months; a bare year stands at its year-end', () => {
    expect(monthsBetween('2023-12-20', '2024-06-20')).toBe(6);
    expect(monthsBetween('2023-12-31', '2024-12-20')).toBe(11);
    expect(monthsBetween('2023', '2024-09-30')).toBe(8);
    expect(monthsBetween('2023', '2024')).toBe(12);
    expect(monthsBetween('x', '2024')).toBeNull();
    expect(stockSpan({ value: 1, asOf: '2023' }, { value: 2, asOf: '2024-06-20' }, 'FY')).toBeNull();
  });
});

describe('extent against the scope and the selection', () => {
  const data = dataset([], [capital, zoneMetric]);

  test('extent=country with a zone metric is ignored with a notice, and what it selected outside the region is let go', () => {
    const view = { edition: 'pre2025' as const, province: '24', compare: ['27', '24'], extent: 'country' as const };
    expect(checkExtent(data.provinces, view, 'zones')).toEqual({
      patch: { extent: 'region', province: null, compare: ['27'] },
      notices: [{ param: 'extent', value: 'country', problem: 'extent-zones' }],
    });
    expect(checkExtent(data.provinces, view, 'province')).toBeNull();
  });

  test('a link: zone metric + extent=country resets the extent; a province metric keeps a province outside the delta', () => {
    const base = { zone: null, edition: 'pre2025' as const, province: '24', compare: ['24'], extent: 'country' as const };
    const zones = reconcileView(data, { ...base, metric: 'zone_capital', scope: 'zones' });
    expect(zones.patch).toMatchObject({ extent: 'region', province: null, compare: [] });
    expect(zones.notices.map((n) => n.problem)).toContain('extent-zones');
    const country = reconcileView(data, { ...base, metric: 'capital', scope: 'province' });
    expect(country.patch).toEqual({});
    expect(country.notices).toEqual([]);
  });

  test('switching back to the region lets go of a selection outside it', () => {
    expect(extentPatch(provinces, { edition: 'pre2025', province: '24', compare: ['30', '24'] }, 'region')).toEqual({ extent: 'region', province: null, compare: ['30'] });
    expect(extentPatch(provinces, { edition: 'pre2025', province: '27', compare: [] }, 'country')).toEqual({ extent: 'country' });
  });
});

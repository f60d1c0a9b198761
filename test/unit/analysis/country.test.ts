// The country as context (issue 14 §3), on small hand-made data: national ranks (with the half-reporting
// rule), shares of the published national total, merged units complete only with every predecessor, the
// region's share of the country, source-change and part-year marks, and `extent` against zone metrics.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { ranking, series } from '../../../src/core/analysis/ranking';
import { nationalRanksOf, regionCountryShare, shareProvenance } from '../../../src/core/analysis/national';
import { definitionChanged, monthsBetween, otherDefinitions, sourceChanged, stockSpan } from '../../../src/core/analysis/basis';
import { marksOf } from '../../../src/core/analysis/marks';
import { changeState } from '../../../src/charts/change/state';
import { trendState } from '../../../src/charts/trend/state';
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
    expect(points.map((p) => p.definitionChange)).toEqual([false, false]);
  });

  test('the region’s share marks a year whose national total is counted on another definition than the year before', () => {
    const region = (year: number) => [flow('30', year, 10), flow('31', year, 20), flow('27', year, 30)];
    const data = [...region(2015), national(2015, 600, ['excl-share-purchases']), ...region(2016), national(2016, 700, []), ...region(2017), national(2017, 650, [])];
    const points = regionCountryShare(index(data), 'capital', 'FY', 'pre2025');
    expect(points.map((p) => [p.year, p.definitionChange])).toEqual([[2015, false], [2016, true], [2017, false]]);
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

describe('a change of definition (the 2015 total without share purchases)', () => {
  // 2015 counted without share purchases; 2016–2017 as the metric defines it. 30 reports 2016–2017 only.
  const data = [
    flow('27', 2015, 100, { flags: ['excl-share-purchases'] }), flow('31', 2015, 300, { flags: ['excl-share-purchases'] }),
    flow('27', 2016, 400), flow('31', 2016, 350), flow('30', 2016, 50),
    flow('27', 2017, 380), flow('31', 2017, 420), flow('30', 2017, 60),
  ];

  test('no change and no rank change across it, each row says why; within one definition both are computed', () => {
    const { result, byCode } = rows(data, 2016);
    expect(byCode['27']).toMatchObject({ rank: 1, deltaAbs: null, deltaPct: null, rankChange: null, definitionChange: true });
    expect(marksOf(byCode['27'])).toContain('definition-change');
    // 27 would read as "▲1, +300 %" against a 2015 that left out share purchases.
    expect(result.commonReporters).toBe(0);
    expect(byCode['30']).toMatchObject({ deltaAbs: null, definitionChange: false });
    const next = rows(data, 2017).byCode;
    expect(next['31']).toMatchObject({ deltaAbs: 70, rankChange: 1, definitionChange: false });
    expect(marksOf(next['31'])).not.toContain('definition-change');
  });

  test('the change view leaves the unit out of the slopes and the deltas, and names the reason', () => {
    const at = (year: number) => ranking(index(data), { metric: 'capital', year, period: 'FY', edition: 'pre2025' });
    const across = changeState(at(2015), at(2017), { delta: 'pct', selected: null });
    const unit = across.deltas.find((u) => u.code === '27')!;
    expect([unit.delta, unit.noDelta, unit.definitionChange]).toEqual([null, 'definition', true]);
    expect(across.slopes.map((u) => u.code)).toEqual([]);
    expect(across.missing.map((u) => u.code)).toEqual(['27', '30', '31']);
    // No unit has a change: the comparison as a whole is refused, with the reason.
    expect([across.comparable, across.reason]).toEqual([false, 'definition']);
    expect(changeState(at(2016), at(2017), { delta: 'abs', selected: null }).slopes.map((u) => u.code).sort()).toEqual(['27', '30', '31']);
    // One unit counted alike in both years: the comparison stands, for it alone.
    const some = (year: number) => ranking(index([...data, flow('30', 2015, 40)]), { metric: 'capital', year, period: 'FY', edition: 'pre2025' });
    const partly = changeState(some(2015), some(2017), { delta: 'abs', selected: null });
    expect([partly.comparable, partly.slopes.map((u) => u.code), partly.deltas.find((u) => u.code === '30')!.delta]).toEqual([true, ['30'], 20]);
    expect(partly.deltas.find((u) => u.code === '31')!.noDelta).toBe('definition');
  });

  test('a trend line is not drawn across it; the first year of the other definition carries the mark', () => {
    const result = series(index(data), { metric: 'capital', period: 'FY', units: [{ edition: 'pre2025', code: '27' }] });
    expect(result.series[0].points.map((p) => [p.year, !!p.definitionChange])).toEqual([[2015, false], [2016, true], [2017, false]]);
    const state = trendState(result, { selected: null, compare: [], lang: 'en' });
    expect(state.series[0].segments.map((segment) => segment.map((p) => p.year))).toEqual([[2015], [2016, 2017]]);
    expect(state.marksShown).toContain('definition-change');
  });

  test('a value counted otherwise than most of its year is not ranked, summed or shared with them, and is marked', () => {
    // 2023: 27 includes share purchases, 30 and 31 do not; 24 (outside the region) does not either.
    const year = [
      flow('27', 2023, 500, { flags: ['incl-share-purchases'] }), flow('31', 2023, 300), flow('30', 2023, 100), flow('24', 2023, 200), national(2023, 2000),
      flow('27', 2022, 90), flow('31', 2022, 250), flow('30', 2022, 120), flow('24', 2022, 150),
    ];
    const { result, byCode } = rows(year, 2023);
    expect(byCode['27']).toMatchObject({ value: 500, rank: null, otherDefinition: true, share: null, countryShare: null, nationalRank: null, rankChange: null, definitionChange: true });
    expect(marksOf(byCode['27'])).toEqual(['other-definition', 'definition-change']);
    expect([byCode['31'].rank, byCode['30'].rank]).toEqual([1, 2]);
    // Nationally: 31 (300), Bắc Giang 24 (200), 30 (100); 27's 500 is not ranked above them.
    expect([byCode['31'].nationalRank, byCode['30'].nationalRank]).toEqual([1, 3]);
    expect(byCode['31'].countryShare).toBe(0.15);
    // The region's sum would add unlike figures: none.
    expect(result.regionTotal).toBeNull();
    expect(byCode['31']).toMatchObject({ otherDefinition: false, rankChange: 0 });
    // Where most count it otherwise (2015: every figure without share purchases), they are ranked among themselves.
    expect(otherDefinitions([{ value: 1, inputs: [], selection: { observation: { flags: ['excl-share-purchases'] } } } as never, { value: null, inputs: [], selection: null }])).toEqual([false, false]);
  });

  test('definitions compare by their flags; a merged unit’s are its inputs’', () => {
    const sel = (flags: string[]) => ({ value: 1, inputs: [], selection: { observation: { flags, sourceId: 's-a1' }, source: { publisher: 'FIA' } } }) as never;
    expect(definitionChanged(sel(['excl-share-purchases', 'fy-to-20-dec']), sel(['fy-to-20-dec']))).toBe(true);
    expect(definitionChanged(sel(['incl-share-purchases']), sel(['incl-share-purchases', 'approx']))).toBe(false);
    expect(definitionChanged(sel(['approx']), sel([]))).toBe(false);
    expect(definitionChanged({ value: null, inputs: [], selection: null }, sel(['excl-share-purchases']))).toBe(false);
    const merged = (flags: string[][]) => ({ value: 2, selection: null, inputs: flags.map((f) => sel(f)) }) as never;
    expect(definitionChanged(merged([['excl-share-purchases'], []]), merged([[], []]))).toBe(true);
    expect(definitionChanged(merged([[], []]), sel([]))).toBe(false);
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

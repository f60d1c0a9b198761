import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { choropleth, DIVERGING_5, NEUTRAL, NOT_COMPARABLE, SEQUENTIAL, type ChoroplethRow } from '../../../src/core/choropleth/choropleth';
import { classIndex, divergingScale, roundBetween, sequentialScale, type FixedScale } from '../../../src/core/choropleth/breaks';

const row = (code: string, value: number | null, patch: Partial<ChoroplethRow> = {}): ChoroplethRow => ({
  code, value, deltaAbs: null, deltaPct: null, contested: false, partial: false, derived: false, ...patch,
});

const options = (scale: FixedScale, patch = {}) => ({ mode: 'value' as const, delta: 'abs' as const, higherIsBetter: true, scale, ...patch });

/** Distinct pooled values per class. */
function distinctPerClass(values: number[], scale: FixedScale): number[] {
  const counts = Array.from({ length: scale.breaks.length + 1 }, () => new Set<number>());
  for (const v of values) counts[classIndex(scale, v)].add(scale.kind === 'diverging' ? Math.abs(v) : v);
  return counts.map((set) => set.size);
}

describe('class breaks fixed across years', () => {
  test('breaks fall on round numbers in the gaps between values', () => {
    expect(roundBetween(5870, 6300)).toBe(6000);
    expect(roundBetween(21145, 24853)).toBe(23000);
    expect(roundBetween(0.28, 0.31)).toBe(0.3);
    expect(roundBetween(-120, -80)).toBe(-100);
    expect(roundBetween(2, 3)).toBe(3);
  });

  test('at most five classes; fewer with few values; never a class of one value', () => {
    expect(sequentialScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).breaks).toHaveLength(4);
    expect(sequentialScale([5, 9]).breaks).toEqual([]);
    expect(sequentialScale([5, 5, 5]).breaks).toEqual([]);
    const four = sequentialScale([606, 5700, 5870, 21145]);
    expect(four.breaks).toHaveLength(1);
    expect(distinctPerClass([606, 5700, 5870, 21145], four)).toEqual([2, 2]);
  });

  test('property: every class holds two or more distinct pooled values, and the breaks ascend', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 120 }), (values) => {
        const scale = sequentialScale(values);
        expect(scale.breaks).toEqual([...scale.breaks].sort((a, b) => a - b));
        expect(scale.breaks.length).toBeLessThanOrEqual(4);
        const sizes = distinctPerClass(values, scale);
        if (new Set(values).size >= 2) expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
        for (const v of values) expect(v).toBeGreaterThanOrEqual(scale.min), expect(v).toBeLessThanOrEqual(scale.max);
      }),
      { numRuns: 400 },
    );
  });

  test('changes: a symmetric scale around zero, each band two or more sizes', () => {
    const changes = [-300, -100, -10, 5, 50, 400, 12, -7, 90];
    const scale = divergingScale(changes);
    expect(scale.kind).toBe('diverging');
    expect(scale.breaks).toHaveLength(4);
    expect(scale.breaks.slice(0, 2).map((b) => -b).reverse()).toEqual(scale.breaks.slice(2));
    expect(divergingScale([3, -3]).breaks).toEqual([]);
  });

  test('property: each band of change sizes holds two or more distinct sizes; the scale is symmetric', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 80 }), (changes) => {
        const scale = divergingScale(changes);
        const thresholds = scale.breaks.filter((b) => b > 0);
        expect(scale.breaks.filter((b) => b < 0).map((b) => -b).reverse()).toEqual(thresholds);
        const bands = Array.from({ length: thresholds.length + 1 }, () => new Set<number>());
        for (const v of changes) if (v !== 0) bands[thresholds.filter((t) => Math.abs(v) >= t).length].add(Math.abs(v));
        if (thresholds.length) expect(Math.min(...bands.map((b) => b.size))).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('choropleth', () => {
  test('a value takes its class colour; the largest the darkest; each class counts the shown year', () => {
    const scale = sequentialScale([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], [2015, 2024]);
    const result = choropleth([row('a', 10), row('b', 100), row('c', 95), row('d', null)], options(scale));
    expect(result.classes).toHaveLength(5);
    expect(result.byCode.b.fill).toBe(SEQUENTIAL[4]);
    expect(result.byCode.a.fill).toBe(SEQUENTIAL[0]);
    expect(result.classes.map((c) => c.count)).toEqual([1, 0, 0, 0, 2]);
    expect(result.breaks).toEqual(scale.breaks);
    expect(result.years).toEqual([2015, 2024]);
  });

  test('for lower-is-better metrics (a rank) the smallest value is darkest', () => {
    const scale = sequentialScale([1, 5, 9, 20, 40, 63], [2020, 2023]);
    const result = choropleth([1, 63].map((v, i) => row(String(i), v)), options(scale, { higherIsBetter: false }));
    expect(result.byCode['0'].fill).toBe(SEQUENTIAL[4]);
    expect(result.byCode['1'].fill).toBe(SEQUENTIAL[0]);
  });

  test('missing values are no data (never the lowest class); contested, partial and older values are marked', () => {
    const result = choropleth(
      [row('a', 5, { contested: true }), row('b', null, { partial: true }), row('c', 9, { partial: true }), row('e', 7, { carried: true })],
      options(sequentialScale([5, 7, 9], [2020, 2021])),
    );
    expect(result.byCode.b).toEqual({ fill: null, noData: true, contested: false, partial: false, carried: false, notComparable: false });
    expect(result.byCode.a.contested).toBe(true);
    expect(result.byCode.c.partial).toBe(true);
    expect(result.byCode.e.carried).toBe(true);
    expect([result.noDataCount, result.contestedCount, result.partialCount, result.carriedCount]).toEqual([1, 1, 1, 1]);
  });

  test('deltas on the diverging palette: losses orange, small changes pale, gains purple', () => {
    const deltas = [-300, -100, -10, 5, 50, 400, 12, -7, 90];
    const result = choropleth(deltas.map((d, i) => row(String(i), 1, { deltaAbs: d })), options(divergingScale(deltas, [2016, 2024]), { mode: 'delta' }));
    expect(result.kind).toBe('diverging');
    expect(result.byCode['0'].fill).toBe(DIVERGING_5[0]);
    expect(result.byCode['5'].fill).toBe(DIVERGING_5[4]);
    expect(result.byCode['3'].fill).toBe(NEUTRAL);
    const froms = result.classes.map((c) => c.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
  });

  test('a missing previous value leaves the delta map with no data for that province', () => {
    const result = choropleth([row('a', 10, { deltaAbs: null }), row('b', 12, { deltaAbs: 2 })], options(divergingScale([2, -4], [2020, 2021]), { mode: 'delta' }));
    expect(result.byCode.a.noData).toBe(true);
  });

  test('by change, two values that do not compare are plain grey (not the no-data hatch) and counted apart', () => {
    const rows = [row('a', 10, { deltaAbs: null, notComparable: true }), row('b', null, { deltaAbs: null }), row('c', 12, { deltaAbs: 2 })];
    const byChange = choropleth(rows, options(divergingScale([2, -4], [2020, 2021]), { mode: 'delta' }));
    expect(byChange.byCode.a).toMatchObject({ fill: NOT_COMPARABLE, noData: false, notComparable: true });
    expect(byChange.byCode.b).toMatchObject({ fill: null, noData: true, notComparable: false });
    expect([byChange.noDataCount, byChange.notComparableCount]).toEqual([1, 1]);
    // By value the same province simply has its value.
    const byValue = choropleth(rows, options(sequentialScale([10, 12], [2020, 2021])));
    expect([byValue.byCode.a.notComparable, byValue.notComparableCount]).toEqual([false, 0]);
  });

  test('by value, a value counted otherwise than the year’s others has no class: plain grey, counted apart, still contested', () => {
    const rows = [row('a', 5120, { otherDefinition: true, contested: true }), row('b', 2878), row('c', 1400)];
    const result = choropleth(rows, options(sequentialScale([1400, 2878, 5120, 100, 300], [2020, 2024])));
    expect(result.byCode.a).toMatchObject({ fill: NOT_COMPARABLE, noData: false, notComparable: true, contested: true });
    expect(result.byCode.b.fill).not.toBeNull();
    expect([result.noDataCount, result.notComparableCount]).toEqual([0, 1]);
    expect(result.classes.reduce((n, c) => n + c.count, 0)).toBe(2);
  });

  test('nothing pooled (a metric without data): no classes, every province no data', () => {
    const result = choropleth([row('a', null)], options(sequentialScale([])));
    expect(result.classes).toEqual([]);
    expect(result.noDataCount).toBe(1);
  });
});

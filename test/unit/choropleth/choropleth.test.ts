import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { choropleth, quantileBreaks, classOf, SEQUENTIAL, DIVERGING_NEGATIVE, DIVERGING_POSITIVE, type ChoroplethRow } from '../../../src/core/choropleth/choropleth';

const row = (code: string, value: number | null, patch: Partial<ChoroplethRow> = {}): ChoroplethRow => ({
  code, value, deltaAbs: null, deltaPct: null, contested: false, partial: false, derived: false, ...patch,
});

describe('choropleth', () => {
  test('five classes from quantiles; the largest value gets the darkest colour', () => {
    const rows = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((v, i) => row(String(i), v));
    const result = choropleth(rows, { mode: 'value', delta: 'abs', higherIsBetter: true });
    expect(result.classes).toHaveLength(5);
    expect(result.byCode['9'].fill).toBe(SEQUENTIAL[4]);
    expect(result.byCode['0'].fill).toBe(SEQUENTIAL[0]);
  });

  test('for lower-is-better metrics (a rank) the smallest value is darkest', () => {
    const rows = [1, 5, 9, 20, 40, 63].map((v, i) => row(String(i), v));
    const result = choropleth(rows, { mode: 'value', delta: 'abs', higherIsBetter: false });
    expect(result.byCode['0'].fill).toBe(SEQUENTIAL[4]);
    expect(result.byCode['5'].fill).toBe(SEQUENTIAL[0]);
  });

  test('missing values are no data (never the lowest class); contested and partial are marked', () => {
    const result = choropleth(
      [row('a', 5, { contested: true }), row('b', null, { partial: true }), row('c', 9, { partial: true })],
      { mode: 'value', delta: 'abs', higherIsBetter: true },
    );
    expect(result.byCode.b).toEqual({ fill: null, noData: true, contested: false, partial: false });
    expect(result.byCode.a.contested).toBe(true);
    expect(result.byCode.c.partial).toBe(true);
    expect([result.noDataCount, result.contestedCount, result.partialCount]).toEqual([1, 1, 1]);
  });

  test('deltas use the diverging palette: losses orange, gains purple, the largest strongest', () => {
    const rows = [-300, -100, -10, 5, 50, 400].map((d, i) => row(String(i), 1, { deltaAbs: d }));
    const result = choropleth(rows, { mode: 'delta', delta: 'abs', higherIsBetter: true });
    expect(result.kind).toBe('diverging');
    expect(result.byCode['0'].fill).toBe(DIVERGING_NEGATIVE[0]);
    expect(result.byCode['5'].fill).toBe(DIVERGING_POSITIVE[DIVERGING_POSITIVE.length - 1]);
    expect(DIVERGING_NEGATIVE).toContain(result.byCode['2'].fill);
    expect(DIVERGING_POSITIVE).toContain(result.byCode['3'].fill);
    const froms = result.classes.map((c) => c.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
  });

  test('a missing previous value leaves the delta map with no data for that province', () => {
    const result = choropleth([row('a', 10, { deltaAbs: null }), row('b', 12, { deltaAbs: 2 })], { mode: 'delta', delta: 'abs', higherIsBetter: true });
    expect(result.byCode.a.noData).toBe(true);
  });

  test('property: every value falls in a class whose range holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }), (values) => {
        const breaks = quantileBreaks(values, 5);
        expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
        const result = choropleth(values.map((v, i) => row(String(i), v)), { mode: 'value', delta: 'abs', higherIsBetter: true });
        for (const v of values) {
          const c = classOf(result.classes, v)!;
          expect(v).toBeGreaterThanOrEqual(c.from);
          expect(v).toBeLessThanOrEqual(c.to);
        }
      }),
    );
  });
});

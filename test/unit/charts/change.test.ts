import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { ranking } from '../../../src/core/analysis/ranking';
import { changeState, isPartialPeriod } from '../../../src/charts/change/state';
import { deltaLayout, slopeLayout } from '../../../src/charts/change/layout';
import { DIVERGING_5 } from '../../../src/core/choropleth/choropleth';
import { dataset, metric, obs } from '../analysis/fixture';
import { rankingOf } from './change-fixture';
import { notComparableLines, notComparableText } from '../../../src/charts/change/text';
import { textWidth } from '../../../src/charts/shared/axes';

const from2022 = () =>
  rankingOf(
    [
      { code: '01', value: 100 },
      { code: '31', value: 0 },
      { code: '27', value: 50, contested: true },
      { code: '30', value: 40 },
      { code: '33', value: null },
    ],
    { year: 2022 },
  );
const to2024 = () =>
  rankingOf([
    { code: '01', value: 150 },
    { code: '31', value: 20 },
    { code: '27', value: 25 },
    { code: '30', value: null },
    { code: '33', value: 70 },
  ]);

describe('changeState', () => {
  test('per unit: both values, absolute and percent deltas; from 0 has no percentage', () => {
    const state = changeState(from2022(), to2024(), { delta: 'abs', selected: '27' });
    expect(state.comparable).toBe(true);
    expect(state.reason).toBe('');
    const byCode = Object.fromEntries(state.deltas.map((u) => [u.code, u]));
    expect(byCode['01']).toMatchObject({ fromValue: 100, toValue: 150, deltaAbs: 50, deltaPct: 0.5, delta: 50 });
    expect(byCode['27']).toMatchObject({ deltaAbs: -25, deltaPct: -0.5, contested: true, selected: true });
    expect(byCode['31']).toMatchObject({ fromValue: 0, toValue: 20, deltaAbs: 20, deltaPct: null, delta: 20, noDelta: '' });
  });

  test('abs deltas sorted largest gain first, units without a delta last', () => {
    const state = changeState(from2022(), to2024(), { delta: 'abs', selected: null });
    expect(state.deltas.map((u) => [u.code, u.delta])).toEqual([
      ['01', 50],
      ['31', 20],
      ['27', -25],
      ['30', null],
      ['33', null],
    ]);
    expect(state.deltaExtent).toEqual([-25, 50]);
  });

  test('pct mode: a unit from 0 has no delta and says why, after the others', () => {
    const state = changeState(from2022(), to2024(), { delta: 'pct', selected: null });
    expect(state.deltas.map((u) => [u.code, u.delta, u.noDelta])).toEqual([
      ['01', 0.5, ''],
      ['27', -0.5, ''],
      ['30', null, 'missing-to'],
      ['31', null, 'from-zero'],
      ['33', null, 'missing-from'],
    ]);
  });

  test('units missing either year are listed with the year, not drawn; the shared extent ignores them', () => {
    const state = changeState(from2022(), to2024(), { delta: 'abs', selected: null });
    expect(state.slopes.map((u) => u.code)).toEqual(['01', '27', '31']);
    expect(state.missing.map((u) => [u.code, u.missingIn])).toEqual([
      ['30', [2024]],
      ['33', [2022]],
    ]);
    expect(state.valueExtent).toEqual([0, 150]);
    const layout = slopeLayout(state);
    expect(layout.slopes.map((s) => s.unit.code)).not.toContain('30');
    // One scale for both axes: the same value sits at the same height on either side.
    const hanoi = layout.slopes.find((s) => s.unit.code === '01')!;
    expect(hanoi.fromY).toBeCloseTo(layout.y(100));
    expect(hanoi.toY).toBeCloseTo(layout.y(150));
    expect(layout.y(0)).toBeGreaterThan(layout.y(150));
  });

  test('a merged unit whose two years cover different old provinces has no delta, and says which', () => {
    const from = rankingOf([{ code: '01', value: 10 }, { code: '31', value: 5, partial: true }], { year: 2023 });
    const to = rankingOf([{ code: '01', value: 12 }, { code: '31', value: 9 }]);
    const state = changeState(from, to, { delta: 'abs', selected: null });
    expect(state.deltas.map((u) => [u.code, u.delta, u.noDelta])).toEqual([
      ['01', 2, ''],
      ['31', null, 'coverage'],
    ]);
    expect(state.deltas[1].coverageNote).toEqual({ fromYear: 2023, toYear: 2024, from: [{ edition: 'pre2025', code: '30' }], to: null });
    // Not drawn as a slope either; listed with the reason.
    expect(state.slopes.map((u) => u.code)).toEqual(['01']);
    expect(state.missing.map((u) => u.code)).toEqual(['31']);
  });

  test('partial in both years over the same old provinces: like for like, the delta is shown', () => {
    const from = rankingOf([{ code: '31', value: 5, partial: true }], { year: 2023 });
    const to = rankingOf([{ code: '31', value: 9, partial: true }]);
    expect(changeState(from, to, { delta: 'abs', selected: null }).deltas[0]).toMatchObject({ delta: 4, noDelta: '', partial: true });
  });

  test('periods that differ, a part of a year against a full one, other editions or reversed years are not comparable', () => {
    const full = rankingOf([{ code: '01', value: 1 }], { year: 2022, period: 'FY' });
    expect(changeState(full, rankingOf([{ code: '01', value: 2 }], { period: 'H1' }), { delta: 'abs', selected: null })).toMatchObject({
      comparable: false,
      reason: 'period-partial',
    });
    expect(
      changeState(rankingOf([], { year: 2022, period: '6M' }), rankingOf([], { period: 'Q3' }), { delta: 'abs', selected: null }).reason,
    ).toBe('period');
    expect(changeState(full, rankingOf([], { edition: 'post2025' }), { delta: 'abs', selected: null }).reason).toBe('edition');
    expect(changeState(full, rankingOf([], { year: 2021 }), { delta: 'abs', selected: null }).reason).toBe('years');
    expect(changeState(full, rankingOf([], { metric: 'workers' }), { delta: 'abs', selected: null }).reason).toBe('metric');
    expect(isPartialPeriod('9M')).toBe(true);
    expect(isPartialPeriod('cumulative-to-date')).toBe(false);
  });

  test('the reason wraps to the chart’s width (SVG text does not): every line fits, nothing is lost', () => {
    const state = changeState(rankingOf([{ code: '01', value: 1 }], { year: 2022, period: 'FY' }), rankingOf([{ code: '01', value: 2 }], { period: 'H1' }), { delta: 'abs', selected: null });
    for (const width of [360, 600, 1200]) {
      const lines = notComparableLines('vi', state, width);
      expect(lines.join(' ')).toBe(notComparableText('vi', state));
      for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width - 16);
      if (width === 360) expect(lines.length).toBeGreaterThan(1);
    }
  });

  test('from the engine: two years of a stock, with a province missing in the earlier one', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'zones', year: 2020, value: 10 }),
          obs({ code: '31', metric: 'zones', year: 2020, value: 12 }),
          obs({ code: '30', metric: 'zones', year: 2024, value: 14 }),
          obs({ code: '31', metric: 'zones', year: 2024, value: 12 }),
          obs({ code: '27', metric: 'zones', year: 2024, value: 16 }),
        ],
        [metric('zones')],
      ),
    );
    const query = { metric: 'zones', period: 'cumulative-to-date', edition: 'pre2025' as const };
    const state = changeState(ranking(index, { ...query, year: 2020 }), ranking(index, { ...query, year: 2024 }), {
      delta: 'pct',
      selected: null,
    });
    expect(state.comparable).toBe(true);
    expect(state.deltas.map((u) => [u.code, u.delta])).toEqual([
      ['30', 0.4],
      ['31', 0],
      ['27', null],
    ]);
    expect(state.missing.map((u) => [u.code, u.missingIn])).toEqual([['27', [2020]]]);
  });

  test('delta bars: losses in the map’s orange, gains in its purple, bars from one zero line', () => {
    const layout = deltaLayout(changeState(from2022(), to2024(), { delta: 'abs', selected: null }), 640);
    const byCode = Object.fromEntries(layout.rows.map((r) => [r.unit.code, r]));
    expect(byCode['01'].fill).toBe(DIVERGING_5[3]);
    expect(byCode['31'].fill).toBe(DIVERGING_5[3]);
    expect(byCode['27'].fill).toBe(DIVERGING_5[1]);
    expect(byCode['01'].barX).toBeCloseTo(layout.zeroX);
    expect(byCode['27'].barX + byCode['27'].barWidth).toBeCloseTo(layout.zeroX);
    expect(byCode['27'].barWidth / byCode['01'].barWidth).toBeCloseTo(25 / 50);
    expect(byCode['30']).toMatchObject({ barWidth: 0, fill: null });
  });

  test('labels with long marks get their room: no slope or bar label runs past the chart (they were cut at the right edge)', () => {
    const state = changeState(from2022(), to2024(), { delta: 'abs', selected: null });
    const slope = slopeLayout(state, 640, { from: () => 120, to: (u) => (u.code === '01' ? 260 : 90) });
    expect(slope.rightX + 8 + 260).toBeLessThanOrEqual(640);
    expect(slope.leftX - 8 - 120).toBeGreaterThanOrEqual(0);
    const wide = (u: { code: string }) => (u.code === '01' ? 220 : 60);
    const bars = deltaLayout(state, 640, wide);
    for (const row of bars.rows.filter((r) => r.unit.delta !== null)) {
      const end = row.labelAnchor === 'start' ? row.labelX + wide(row.unit) : row.labelX;
      const start = row.labelAnchor === 'start' ? row.labelX : row.labelX - wide(row.unit);
      expect(end).toBeLessThanOrEqual(640);
      expect(start).toBeGreaterThanOrEqual(bars.plotLeft);
    }
  });
});

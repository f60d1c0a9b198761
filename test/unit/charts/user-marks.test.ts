// The user's own figures are marked in the charts as in the tables: "your figure", never "partial".
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { rankBarsState } from '../../../src/charts/rankbars/state';
import { trendState } from '../../../src/charts/trend/state';
import { MARKS, marksOf } from '../../../src/core/analysis/marks';
import { markLabel, markTitle } from '../../../src/i18n/labels';
import TrendChart from '../../../src/charts/trend/TrendChart.svg.svelte';
import BumpChart from '../../../src/charts/bump/BumpChart.svg.svelte';
import CompareSmallMultiples from '../../../src/charts/compare/CompareSmallMultiples.svelte';
import type { RankingResult, SeriesResult } from '../../../src/core/analysis/types';
import { rankingOf } from './change-fixture';
import { fdi, provinces, seriesResult } from './trend-fixtures';

/** A series in which Bắc Ninh's 2023 value is the reader's own figure. */
function withUserFigure(): SeriesResult {
  const result = seriesResult('fdi_musd', [2022, 2023], { '27': [10, 20], '31': [5, 8] });
  const series = result.series.find((s) => s.unit.code === '27')!;
  series.points[1] = { ...series.points[1], value: { ...series.points[1].value, userProvided: true } };
  return result;
}

const titles = (body: string) => [...body.matchAll(/<g class="point[^"]*"[^>]*data-code="27"[^>]*data-year="2023"[^>]*>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe('user-provided marks', () => {
  test('a ranking bar built from a user figure carries the "your figure" mark', () => {
    const result = rankingOf([{ code: '27', value: 10 }, { code: '31', value: 5 }]);
    result.rows[0] = { ...result.rows[0], userProvided: true, contested: true };
    const state = rankBarsState(result, { selected: null });
    const bar = state.bars.find((b) => b.code === result.rows[0].unit.code)!;
    expect(marksOf(bar)).toEqual(['contested', 'user']);
    expect(markLabel('vi', 'user')).toBe('số liệu của bạn');
  });

  test('points of a user figure are marked; others are not', () => {
    expect(marksOf({ contested: false, derived: false, partial: false, userProvided: true })).toEqual(['user']);
    expect(marksOf({ contested: true, derived: false, partial: false, userProvided: false })).toEqual(['contested']);
    // Marks qualify a value: none without one.
    expect(marksOf({ value: null, contested: true, derived: false, partial: false, userProvided: true })).toEqual([]);
  });

  test('every mark has its own word and only a partial value names what it misses', () => {
    expect(new Set(MARKS.map((m) => markLabel('en', m))).size).toBe(MARKS.length);
    expect(markTitle('en', 'user', [], [{ edition: 'pre2025', code: '30' }])).toBe('your figure');
  });

  test('the trend, bump and compare tooltips call a user figure "your figure", never "partial"', () => {
    const result = withUserFigure();
    const trend = render(TrendChart, { props: { lang: 'en', result, metric: fdi, provinces, selected: '27', compare: [] } }).body;
    const ranking = (year: number, value: number, userProvided: boolean): RankingResult => {
      const r = rankingOf([{ code: '27', value }, { code: '31', value: 1 }], { year });
      r.rows[0] = { ...r.rows[0], userProvided };
      return r;
    };
    const bump = render(BumpChart, { props: { lang: 'en', results: [ranking(2022, 10, false), ranking(2023, 20, true)], metric: fdi, provinces, selected: '27', compare: [] } }).body;
    const compare = render(CompareSmallMultiples, { props: { lang: 'en', results: [result], metrics: [fdi], provinces } }).body;
    for (const body of [trend, bump, compare]) {
      const [title] = titles(body);
      expect(title).toContain('your figure');
      expect(title).not.toContain('partial');
    }
  });

  test('the trend key lists the user mark', () => {
    expect(trendState(withUserFigure(), { selected: '27', compare: [], lang: 'en' }).marksShown).toEqual(['user']);
    const body = render(TrendChart, { props: { lang: 'en', result: withUserFigure(), metric: fdi, provinces, selected: '27', compare: [] } }).body;
    expect(body).toMatch(/<span class="mark user[^"]*">your figure<\/span>/);
  });
});

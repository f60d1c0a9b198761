// Target marks on the trend lines: the highlighted units' published targets for the chart's metric and period,
// placed with the trend's own scales, the value axis grown to hold them, and listed (each opening its source).
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import TrendChart from '../../../src/charts/trend/TrendChart.svg.svelte';
import { trendState } from '../../../src/charts/trend/state';
import { trendLayout } from '../../../src/charts/trend/layout';
import { placeTargets, trendTargets, withTargetDomain } from '../../../src/charts/trend/targets';
import { fdiMetric, haiPhong } from '../analysis/plan-fixture';
import { expectGolden, svgOf, withoutSvelte } from './support/golden';
import { provinces, seriesResult } from './trend-fixtures';

const result = seriesResult('fdi', [2021, 2022, 2023, 2024], { '31': [2960, 2500, 3500, 4350], '30': [500, 600, 900, 1000] });
const plans = haiPhong().trend(['31', '30']);
const options = { selected: '31', compare: [], lang: 'en' as const };

describe('trend target marks', () => {
  test('the highlighted unit’s targets, by year; a plan beyond the chart’s years is listed but not drawn', () => {
    const marks = trendTargets(plans, trendState(result, options));
    expect(marks.map((m) => [m.code, m.year, m.value, m.rangeTo, m.inAxis])).toEqual([
      ['31', 2021, 2500, 3000, true],
      ['31', 2022, 2500, null, true],
      ['31', 2023, 2000, 2500, true],
      ['31', 2024, 2000, 2500, true],
      ['31', 2025, 3000, 3500, false],
    ]);
  });

  test('no marks for a quiet unit (one is chosen), another metric or another period', () => {
    expect(trendTargets(plans, trendState(result, { ...options, selected: '30' }))).toEqual([]);
    // With nothing chosen the top three by their latest value stand out, and carry their targets.
    const top = trendState(result, { ...options, selected: null });
    expect(top.highlightedBy).toBe('top');
    expect(trendTargets(plans, top).map((m) => m.code)).toEqual(['31', '31', '31', '31', '31']);
    expect(trendTargets({ ...plans, period: 'H1' }, trendState(result, options))).toEqual([]);
    expect(trendTargets({ ...plans, metric: 'other' }, trendState(result, options))).toEqual([]);
  });

  test('the value axis grows to a drawn range’s upper end, never to a mark that is not drawn', () => {
    const state = trendState(seriesResult('fdi', [2021, 2022], { '31': [2960, 2500] }), options);
    const marks = trendTargets(plans, state);
    expect(state.valueDomain).toEqual([0, 2960]);
    expect(withTargetDomain(state, marks).valueDomain).toEqual([0, 3000]);
    expect(withTargetDomain(state, marks.filter((m) => m.year !== 2021)).valueDomain).toEqual([0, 2960]);
  });

  test('placed with the trend layout’s scales: a target equal to the value sits on the point', () => {
    const state = withTargetDomain(trendState(result, options), trendTargets(plans, trendState(result, options)));
    const layout = trendLayout(state, 640, 320, (s) => s.name);
    const placed = placeTargets(trendTargets(plans, state), state, layout.plot);
    const point2022 = layout.lines.find((l) => l.series.code === '31')!.points.find((p) => p.point.year === 2022)!;
    const mark2022 = placed.find((p) => p.mark.year === 2022)!;
    expect([mark2022.x, mark2022.y]).toEqual([point2022.x, point2022.y]);
    expect(placed.find((p) => p.mark.year === 2023)!.rangeY).toBeLessThan(placed.find((p) => p.mark.year === 2023)!.y);
    expect(placed.map((p) => p.mark.year)).not.toContain(2025);
  });
});

describe('trend chart with targets', () => {
  const props = { lang: 'en' as const, result, metric: fdiMetric, provinces, selected: '31', compare: [], width: 560, height: 260, targets: plans };

  test('draws a mark per target in axis and lists every target, the range in words', () => {
    const body = withoutSvelte(render(TrendChart, { props }).body);
    expect(body.match(/<g class="target" data-code="31"/g)).toHaveLength(4);
    expect(body).toContain('data-testid="trend-target-list"');
    expect(body).toMatch(/aria-label="Plan of Hải Phòng for 2025: 3,000–3,500 million USD"[^>]*>2025: 3,000–3,500/);
    expect(body).toContain('beyond the years shown');
  });

  test('without targets the chart is as before', () => {
    const body = render(TrendChart, { props: { ...props, targets: null } }).body;
    expect(body).not.toContain('trend-target');
  });

  test('golden SVG', () => {
    expectGolden('trend-targets.svg', svgOf(render(TrendChart, { props }).body));
  });
});

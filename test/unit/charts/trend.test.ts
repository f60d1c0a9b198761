import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import TrendChart from '../../../src/charts/trend/TrendChart.svg.svelte';
import { trendState } from '../../../src/charts/trend/state';
import { trendLayout } from '../../../src/charts/trend/layout';
import { consecutiveRuns } from '../../../src/charts/shared/segments';
import { expectGolden } from './support/golden';
import { HIGHLIGHT_COLORS, QUIET_COLOR } from '../../../src/charts/shared/palette';
import { fdi, provinces, seriesResult, trendResult } from './trend-fixtures';

const options = { selected: '27', compare: ['31'], lang: 'en' as const };
const years = (run: { year: number }[]) => run.map((p) => p.year);

describe('trend state', () => {
  test('a missing year breaks the line into separate runs; a lone year is a run of one', () => {
    const state = trendState(trendResult, options);
    const byCode = new Map(state.series.map((s) => [s.code, s]));
    expect(byCode.get('27')?.segments.map(years)).toEqual([[2019, 2020], [2022, 2023]]);
    expect(byCode.get('31')?.segments.map(years)).toEqual([[2020], [2022]]);
    expect(byCode.get('30')?.segments.map(years)).toEqual([[2019, 2020, 2021, 2022, 2023]]);
    expect(byCode.get('31')?.last?.year).toBe(2022);
  });

  test('a skipped calendar year is a gap too, even when both neighbours have values', () => {
    expect(consecutiveRuns([{ year: 2019 }, { year: 2020 }, { year: 2022 }], () => true).map(years)).toEqual([[2019, 2020], [2022]]);
  });

  test('the selected and compared units are highlighted in order; the others are quiet and drawn first', () => {
    const state = trendState(trendResult, { ...options, nameOf: (u) => provinces.find((p) => p.code === u.code && p.edition === u.edition)?.nameEn ?? u.code });
    expect(state.series.map((s) => [s.code, s.role, s.colorIndex])).toEqual([
      ['30', 'quiet', null], // Hải Dương before Quảng Ninh (Vietnamese collation)
      ['22', 'quiet', null],
      ['27', 'selected', 0],
      ['31', 'compare', 1],
    ]);
  });

  test('nothing selected or compared: the three units with the highest latest value stand out, the rest grey', () => {
    const state = trendState(trendResult, { selected: null, compare: [], lang: 'en' });
    // Latest values: 27 → 170 (2023), 31 → 90 (2022), 22 → 62, 30 → 60.
    expect(state.series.filter((s) => s.highlighted).map((s) => s.code)).toEqual(['27', '31', '22']);
    expect(state.series.find((s) => s.code === '30')?.role).toBe('quiet');
    expect(state.highlightedBy).toBe('top');
    expect(trendState(trendResult, options).highlightedBy).toBe('selection');
  });

  test('a merged unit’s line breaks where its values cover other old provinces', () => {
    const result = seriesResult('fdi_musd', [2020, 2021, 2022], { '31': [{ value: 40, partial: true }, { value: 45, partial: true }, 90] });
    result.series[0].points[0].value.covered = [{ edition: 'pre2025', code: '30' }];
    result.series[0].points[1].value.covered = [{ edition: 'pre2025', code: '30' }];
    const state = trendState(result, options);
    expect(state.series[0].segments.map(years)).toEqual([[2020, 2021], [2022]]);
  });

  test('marks follow the values, and the value domain includes 0', () => {
    const state = trendState(trendResult, options);
    const mark = (code: string, year: number) => state.series.find((s) => s.code === code)?.points.find((p) => p.year === year)?.marks;
    expect(mark('27', 2022)).toEqual(['contested']);
    expect(mark('31', 2022)).toEqual(['partial']);
    expect(mark('30', 2023)).toEqual(['derived']);
    expect(mark('22', 2023)).toEqual([]);
    expect(state.marksShown).toEqual(['contested', 'derived', 'partial']);
    expect(state.valueDomain).toEqual([0, 170]);
  });

  test('no value at all: no domain (the chart says there is no data)', () => {
    expect(trendState(seriesResult('x', [2020], { '27': [null] }), options).valueDomain).toBeNull();
  });

  test('layout: one path per run of two or more, end labels only for highlighted units, never overlapping', () => {
    const state = trendState(trendResult, options);
    const layout = trendLayout(state, 640, 320, (s) => s.name);
    const paths = Object.fromEntries(layout.lines.map((l) => [l.series.code, l.paths.length]));
    expect(paths).toEqual({ '27': 2, '31': 0, '30': 1, '22': 1 });
    expect(layout.lines.find((l) => l.series.code === '22')?.color).toBe(QUIET_COLOR);
    expect(layout.lines.find((l) => l.series.code === '27')?.color).toBe(HIGHLIGHT_COLORS[0]);
    expect(layout.labels.map((l) => l.series.code).sort()).toEqual(['27', '31']);
    const ys = layout.labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(12);
  });
});

describe('trend chart', () => {
  const props = { lang: 'en' as const, result: trendResult, metric: fdi, provinces, selected: '27', compare: ['31'], width: 560, height: 260 };

  test('renders lines with gaps, highlighted and quiet paths, points with raw values, an accessible name', () => {
    const { body } = render(TrendChart, { props });
    expect(body).toContain('data-testid="trend-chart"');
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby=/);
    expect(body).toContain('<title');
    expect(body.match(/<path[^>]*data-code="27"[^>]*data-highlighted="true"/g)).toHaveLength(2);
    expect(body.match(/<path[^>]*data-code="22"[^>]*data-highlighted="false"/g)).toHaveLength(1);
    expect(body.match(/<path[^>]*data-code="31"/g)).toBeNull();
    expect(body).toMatch(/data-code="31" data-year="2020" data-value="80"/);
    expect(body).not.toMatch(/data-code="27" data-year="2021"/);
    expect(body).toContain('<span class="mark contested');
    expect(body).toContain('million USD');
  });

  test('Vietnamese numbers and labels', () => {
    const { body } = render(TrendChart, { props: { ...props, lang: 'vi', result: seriesResult('fdi_musd', [2022, 2023], { '27': [1500.5, 21145] }) } });
    expect(body).toContain('21.145');
    expect(body).toContain('triệu USD');
    expect(body).toContain('Vốn FDI đăng ký theo năm, 2022–2023');
  });

  test('golden SVG', async () => {
    const { body } = render(TrendChart, { props });
    const svg = (body.match(/<svg[^]*<\/svg>/) ?? [''])[0];
    expectGolden('trend.svg', svg);
  });
});

describe('ranks and lower-is-better metrics', () => {
  // Latest values: 27 → 170 (2023), 31 → 90 (2022), 22 → 62, 30 → 60.
  test('nothing chosen and lower is better: the three lowest stand out, and the note says why', () => {
    const state = trendState(trendResult, { selected: null, compare: [], lang: 'en', lowerIsBetter: true });
    expect(state.series.filter((s) => s.highlighted).map((s) => s.code)).toEqual(['30', '22', '31']);
    expect(state.best).toBe('lowest');
    const svg = render(TrendChart, { props: { lang: 'en', result: trendResult, metric: { ...fdi, higherIsBetter: false }, provinces, selected: null, compare: [] } }).body;
    expect(svg).toContain('the three with the lowest latest value, as lower is better');
  });

  test('a rank is drawn with 1 at the top and an axis from 1', () => {
    const ranks = seriesResult('fdi_rank', [2021, 2022, 2023], { '27': [1, 2, 1], '31': [6, 5, 9] });
    const state = trendState(ranks, { selected: null, compare: [], lang: 'en', lowerIsBetter: true, rankOrder: true });
    expect(state.valueDomain).toEqual([1, 9]);
    const layout = trendLayout(state, 600, 300, () => '');
    const y = (code: string, year: number) => layout.lines.find((l) => l.series.code === code)?.points.find((p) => p.point.year === year)?.y as number;
    expect(y('27', 2023)).toBeLessThan(y('31', 2023));
    expect(y('27', 2023)).toBeCloseTo(layout.plot.top, 0);
    expect(layout.yTicks[0]).toMatchObject({ value: 1, y: layout.plot.top });
    expect(layout.yTicks.every((tick) => Number.isInteger(tick.value))).toBe(true);
    expect(layout.yTicks[0].y).toBeLessThan(layout.yTicks.at(-1)!.y);
    // Other metrics keep 0 at the bottom.
    const plain = trendLayout(trendState(trendResult, options), 600, 300, () => '');
    expect(plain.yTicks[0]).toMatchObject({ value: 0, y: plain.plot.bottom });
  });
});

describe('end labels', () => {
  test('a line that stops before the chart\'s last year says its year at its end label', () => {
    const svg = render(TrendChart, { props: { lang: 'en', result: trendResult, metric: fdi, provinces, selected: '27', compare: ['31'] } }).body.replace(/<!--.*?-->/g, '');
    // Bắc Ninh's line reaches 2023, the last year; Hải Phòng's stops in 2022.
    expect(svg).toMatch(/dx="4">170<\/tspan>/);
    expect(svg).toMatch(/dx="4">90 \(2022\)<\/tspan>/);
  });
});

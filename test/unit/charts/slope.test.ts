import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { changeState, type ChangeState } from '../../../src/charts/change/state';
import { expectGolden, svgOf } from './support/golden';
import SlopeChart from '../../../src/charts/change/SlopeChart.svg.svelte';
import DeltaBars from '../../../src/charts/change/DeltaBars.svg.svelte';
import { chartMetric, chartProvinces, rankingOf } from './change-fixture';

const state = (delta: 'abs' | 'pct' = 'abs', selected: string | null = '27'): ChangeState =>
  changeState(
    rankingOf(
      [
        { code: '01', value: 100 },
        { code: '31', value: 0 },
        { code: '27', value: 50, contested: true },
        { code: '30', value: 40 },
        { code: '33', value: null },
      ],
      { year: 2022 },
    ),
    rankingOf([
      { code: '01', value: 150 },
      { code: '31', value: 20 },
      { code: '27', value: 25 },
      { code: '30', value: null },
      { code: '33', value: 70.5 },
    ]),
    { delta, selected },
  );

const notComparable = () =>
  changeState(rankingOf([{ code: '01', value: 1 }], { year: 2023, period: 'H1' }), rankingOf([{ code: '01', value: 2 }]), {
    delta: 'abs',
    selected: null,
  });

const props = (lang: 'vi' | 'en', change: ChangeState) => ({ lang, state: change, metric: chartMetric(), provinces: chartProvinces });
const slopeSvg = (lang: 'vi' | 'en', change = state()) => svgOf(render(SlopeChart, { props: props(lang, change) }).body);
const deltaSvg = (lang: 'vi' | 'en', change = state()) => svgOf(render(DeltaBars, { props: props(lang, change) }).body);

describe('SlopeChart.svg.svelte', () => {
  test('one line per unit with both values; endpoints on one shared scale', () => {
    const svg = slopeSvg('en');
    expect(svg).toContain('data-testid="slope-chart"');
    expect(svg).toMatch(/^<svg[^>]*role="img"/);
    const lines = [...svg.matchAll(/<g class="slope[^"]*" data-code="(\d+)" data-from-value="([\d.]+)" data-to-value="([\d.]+)">([\s\S]*?)<\/g>/g)];
    expect(lines.map((l) => l[1])).toEqual(['01', '27', '31']);
    // cy is linear in the value, the same function on both axes.
    const points = lines.flatMap((l) => {
      const [fromCy, toCy] = [...l[4].matchAll(/<circle class="(?:from|to)"[^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
      return [
        [Number(l[2]), fromCy],
        [Number(l[3]), toCy],
      ];
    });
    const [[v0, y0], [v1, y1]] = points;
    const slope = (y1 - y0) / (v1 - v0);
    expect(slope).toBeLessThan(0);
    for (const [value, cy] of points) expect(cy).toBeCloseTo(y0 + (value - v0) * slope, 6);
  });

  test('units missing a year are listed, with the year, and not drawn', () => {
    const svg = slopeSvg('en');
    expect(svg).not.toMatch(/<g class="slope[^"]*" data-code="(30|33)"/);
    expect(svg).toContain('Hai Duong: missing in 2024 · 2022: 40');
    expect(svg).toContain('Hung Yen: missing in 2022 · 2024: 70.5');
    expect(slopeSvg('vi')).toContain('Hưng Yên: không có dữ liệu năm 2022 · 2024: 70,5');
  });

  test('non-comparable periods show the message instead of lines', () => {
    const svg = slopeSvg('en', notComparable());
    expect(svg).toContain('Not comparable: one period covers only part of a year, 2023 (first half) and 2024 (full year).');
    expect(svg).not.toMatch(/class="slope[ "]/);
  });

  test('golden SVG', async () => {
    expectGolden('slope.svg', slopeSvg('en'));
    expectGolden('slope-vi.svg', slopeSvg('vi'));
  });
});

describe('DeltaBars.svg.svelte', () => {
  test('sorted deltas, gains first, units without a delta last with the reason', () => {
    const svg = deltaSvg('en', state('pct'));
    expect(svg).toContain('data-testid="delta-bars"');
    const rows = [...svg.matchAll(/<g class="delta-row[^"]*"[^>]*data-code="(\d+)" data-delta="([-\d.]*)"/g)];
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['01', '0.5'],
      ['27', '-0.5'],
      ['30', ''],
      ['31', ''],
      ['33', ''],
    ]);
    expect(svg).toContain('+50%');
    expect(svg).toContain('−50%');
    expect(svg).toContain('no % change (0 in 2022)');
    expect(svg).toContain('no data');
    expect(svg).toContain('class="mark contested"');
  });

  test('non-comparable periods show the message instead of bars', () => {
    expect(deltaSvg('vi', notComparable())).toContain('Không so sánh được');
    expect(deltaSvg('vi', notComparable())).not.toContain('class="delta-row');
  });

  test('golden SVG', async () => {
    expectGolden('change-delta-abs.svg', deltaSvg('en'));
    expectGolden('change-delta-pct-vi.svg', deltaSvg('vi', state('pct', null)));
  });
});

// The plan view's chart: annual plans beside annual results, a gap for a year without a plan, ranges as bands,
// the stated ratio labelled (and the computed one, in italics, where none is stated or they disagree).
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import PlanChart from '../../../src/charts/plan/PlanChart.svg.svelte';
import { planChartState } from '../../../src/charts/plan/state';
import { planChartLayout } from '../../../src/charts/plan/layout';
import { planGroups } from '../../../src/core/view/plans';
import { haiPhong, setup, target } from '../analysis/plan-fixture';
import { expectGolden, svgOf } from './support/golden';

const group = () => planGroups(haiPhong().province('31'))[0];

describe('plan chart state', () => {
  test('every calendar year from the first annual plan to the last, a year without one as a gap', () => {
    const state = planChartState(group())!;
    expect(state.years.map((y) => [y.year, y.target?.value ?? null, y.target?.rangeTo ?? null, y.achieved?.value ?? null])).toEqual([
      [2019, null, null, 1430],
      [2020, null, null, null],
      [2021, 2500, 3000, 2960],
      [2022, 2500, null, 2500],
      [2023, 2000, 2500, 3500],
      [2024, 2000, 2500, 4350],
      [2025, 3000, 3500, null],
    ]);
    expect(state.valueDomain).toEqual([0, 4350]);
  });

  test('ratios: stated for the whole year only (a ratio stated at six months is not the year’s), computed beside', () => {
    const years = new Map(planChartState(group())!.years.map((y) => [y.year, y]));
    expect(years.get(2022)?.stated).toBeNull();
    expect(years.get(2023)).toMatchObject({ stated: { percentOfPlan: 175 }, computed: { percent: 175 }, disagrees: false });
    expect(years.get(2024)).toMatchObject({ stated: { percentOfPlan: 242 }, computed: { percent: 217.5 }, disagrees: true });
    expect(years.get(2019)).toMatchObject({ stated: { percentOfPlan: 102.7, wording: 'excess_pct' }, computed: null });
  });

  test('no chart without a year that has both an annual target and an annual result', () => {
    const { province } = setup([target('31', 2025, 3000)]);
    expect(planChartState(planGroups(province('31'))[0])).toBeNull();
  });
});

describe('plan chart layout', () => {
  test('bars from zero, the target mark across the bar, a range as a band above its lower end, labels above both', () => {
    const layout = planChartLayout(planChartState(group())!, 440, 210);
    const y2023 = layout.years.find((y) => y.year.year === 2023)!;
    expect(y2023.barY + y2023.barHeight).toBeCloseTo(layout.plot.bottom);
    expect(y2023.targetY).toBeGreaterThan(y2023.barY); // 2,000 below 3,500
    expect(y2023.rangeY).toBeLessThan(y2023.targetY!);
    expect(y2023.markX1).toBeLessThan(y2023.barX);
    expect(y2023.markX2).toBeGreaterThan(y2023.barX + y2023.barWidth);
    expect(y2023.labelY).toBeLessThan(Math.min(y2023.barY, y2023.rangeY!));
    const y2025 = layout.years.find((y) => y.year.year === 2025)!;
    expect(y2025.barHeight).toBe(0);
    expect(y2025.labelY).toBeLessThan(y2025.rangeY!);
  });

  test('the value axis leaves room for its widest label: millions are not cut at the left edge', () => {
    const small = planChartLayout(planChartState(group())!, 440, 210);
    expect(small.plot.left).toBe(52); // "5,000" fits the usual margin
    const state = { ...planChartState(group())!, valueDomain: [0, 1_425_036] as [number, number] };
    const large = planChartLayout(state, 440, 210);
    // "1,500,000": 9 characters of about 6.6 px, beside a 6 px gap to the axis.
    expect(large.plot.left).toBeGreaterThanOrEqual(9 * 6.6 + 6);
    expect(large.years[0].barX).toBeGreaterThan(large.plot.left);
  });
});

describe('plan chart', () => {
  const props = { lang: 'en' as const, state: planChartState(group())!, info: group().metric };

  test('labels stated ratios upright and computed ones in italics; a disagreeing year shows both, marked', () => {
    const body = svgOf(render(PlanChart, { props }).body);
    expect(body).toMatch(/data-year="2024" data-achieved="4350" data-target="2000" data-disagrees="true"/);
    expect(body).toMatch(/<text class="ratio computed disagrees"[^>]*>217.5%<\/text>/);
    expect(body).toMatch(/<text class="ratio disagrees"[^>]*>242%<\/text>/);
    expect(body).toMatch(/<text class="ratio"[^>]*>175%<\/text>/);
    expect(body).not.toMatch(/>175%<\/text>[^]*>175%<\/text>/);
    expect(body).toContain('FDI capital: plan and achieved, 2019–2025');
  });

  test('golden SVG (en, vi)', () => {
    expectGolden('plan.svg', svgOf(render(PlanChart, { props }).body));
    expectGolden('plan-vi.svg', svgOf(render(PlanChart, { props: { ...props, lang: 'vi' } }).body));
  });
});

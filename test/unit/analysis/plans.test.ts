// Plan beside achieved, on a small hand-made dataset: the three wordings, ranges and lower bounds, stated against
// computed, ratios measured part-way through the year, provinces without targets.
import { describe, expect, it } from 'vitest';
import { percentOfPlan, statedRounding } from '../../../src/core/analysis/plans';
import { flow, ratio, setup, target } from './plan-fixture';

describe('the three wordings of a stated ratio', () => {
  it('reads "x% of plan" as stated, "x% above plan" as 100 + x and "x-fold" as 100·x, and says it converted', () => {
    const { compare } = setup([
      ratio('31', 2023, 'pct', 175),
      ratio('31', 2024, 'excess_pct', 42),
      ratio('30', 2023, 'times', 4.5),
    ]);
    expect(compare('31', 2023).stated).toMatchObject({ wording: 'pct', value: 175, percentOfPlan: 175, converted: false });
    expect(compare('31', 2024).stated).toMatchObject({ wording: 'excess_pct', value: 42, percentOfPlan: 142, converted: true });
    expect(compare('30', 2023).stated).toMatchObject({ wording: 'times', value: 4.5, percentOfPlan: 450, converted: true });
    // No floating-point residue from the conversion (18.6-fold is 1860%, not 1860.0000000000002).
    expect(percentOfPlan('times', 18.6)).toBe(1860);
    expect(percentOfPlan('excess_pct', 2.7)).toBe(102.7);
  });

  it('compares two wordings of the same ratio only after converting: 10% above plan agrees with 110% of plan', () => {
    const { compare } = setup([
      ratio('31', 2023, 'pct', 110, { sourceId: 's-b1' }),
      ratio('31', 2023, 'excess_pct', 10, { sourceId: 's-c1' }),
      ratio('31', 2024, 'pct', 120, { sourceId: 's-b1' }),
      ratio('31', 2024, 'excess_pct', 10, { sourceId: 's-c1' }),
    ]);
    expect(compare('31', 2023).statedOthers).toEqual([expect.objectContaining({ relation: 'agrees' })]);
    expect(compare('31', 2024).statedOthers).toEqual([expect.objectContaining({ relation: 'contested' })]);
    expect(compare('31', 2024).statedOthers[0].ratio).toMatchObject({ value: 10, percentOfPlan: 110 });
  });

  it('takes the rounding of a ratio from the decimals it is stated with', () => {
    expect(statedRounding('pct', 175)).toBe(0.5);
    expect(statedRounding('pct', 97.5)).toBeCloseTo(0.05);
    expect(statedRounding('times', 4.5)).toBeCloseTo(5);
  });
});

describe('computed beside stated', () => {
  it('computes achieved ÷ target × 100 to one decimal, and marks a stated ratio that differs by more than a rounding', () => {
    const { compare } = setup([
      target('31', 2023, 2000), ratio('31', 2023, 'pct', 175),
      target('31', 2024, 2000), ratio('31', 2024, 'pct', 242),
    ]);
    const agreeing = compare('31', 2023);
    expect(agreeing.computed).toMatchObject({ percent: 175, qualifier: '' });
    expect(agreeing.disagrees).toBe(false);
    const disagreeing = compare('31', 2024);
    expect(disagreeing.computed?.percent).toBe(217.5);
    expect(disagreeing.stated?.percentOfPlan).toBe(242);
    expect(disagreeing.disagrees).toBe(true);
  });

  it('allows only the stated rounding: 175.4 agrees with a stated 175, 175.6 does not', () => {
    const { compare } = setup(
      [target('31', 2023, 2000), ratio('31', 2023, 'pct', 175), target('31', 2024, 2000), ratio('31', 2024, 'pct', 175)],
      [flow('31', 2023, 3508), flow('31', 2024, 3512)],
    );
    expect(compare('31', 2023)).toMatchObject({ disagrees: false, computed: { percent: 175.4 } });
    expect(compare('31', 2024)).toMatchObject({ disagrees: true, computed: { percent: 175.6 } });
  });

  it('has no computed ratio without a target or an achieved value, and says which is missing', () => {
    const { compare } = setup([ratio('31', 2023, 'pct', 175), target('31', 2025, 3000)]);
    expect(compare('31', 2023)).toMatchObject({ computed: null, computedReason: 'no-target', disagrees: false });
    expect(compare('31', 2025)).toMatchObject({ computed: null, computedReason: 'no-achieved', achieved: { value: null } });
  });

  it('never reads the achieved value from a plan row: a target alone leaves the achieved value missing', () => {
    const { compare } = setup([target('30', 2023, 400)], []);
    const c = compare('30', 2023);
    expect(c.target?.value).toBe(400);
    expect(c.achieved?.value).toBeNull();
  });

  it('withholds the ratio for a target whose period the source leaves unclear', () => {
    const { compare } = setup([target('31', 2023, 2000, { flags: ['period-ambiguous'] })]);
    expect(compare('31', 2023)).toMatchObject({ computed: null, computedReason: 'target-period-ambiguous' });
  });
});

describe('ranges and lower bounds', () => {
  it('computes against the stored lower end of a range, gives the ratio against its upper end, and agrees within it', () => {
    const { compare } = setup([
      target('31', 2023, 2000, { rangeTo: 2500 }), ratio('31', 2023, 'pct', 150),
      target('31', 2024, 2000, { rangeTo: 2500 }), ratio('31', 2024, 'pct', 242),
    ]);
    const within = compare('31', 2023);
    expect(within.target).toMatchObject({ value: 2000, range: { from: 2000, to: 2500 } });
    expect(within.computed).toMatchObject({ percent: 175, range: { from: 175, to: 140 } });
    expect(within.disagrees).toBe(false); // 150% of a plan between 2,000 and 2,500 is possible
    const outside = compare('31', 2024);
    expect(outside.computed?.range).toEqual({ from: 217.5, to: 174 });
    expect(outside.disagrees).toBe(true);
  });

  it('marks the computed ratio approximate when the target is a lower bound, and disagrees only above it', () => {
    const { compare } = setup([
      target('31', 2023, 2000, { flags: ['lower-bound'] }), ratio('31', 2023, 'pct', 150),
      target('31', 2024, 2000, { flags: ['lower-bound'] }), ratio('31', 2024, 'pct', 242),
    ]);
    const below = compare('31', 2023);
    expect(below.target?.qualifier).toBe('lower-bound');
    expect(below.computed).toMatchObject({ percent: 175, qualifier: 'approx' });
    expect(below.disagrees).toBe(false); // a plan of more than 2,000 gives less than 175%
    expect(compare('31', 2024).disagrees).toBe(true);
  });

  it('gives a lower-bound ratio for an achieved lower bound against an exact target', () => {
    const { compare } = setup([target('31', 2023, 2000), ratio('31', 2023, 'pct', 190)], [flow('31', 2023, 3500, { flags: ['lower-bound'] })]);
    const c = compare('31', 2023);
    expect(c.computed).toMatchObject({ percent: 175, qualifier: 'lower-bound' });
    expect(c.disagrees).toBe(false); // more than 3,500 achieved: more than 175%
  });
});

describe('ratios measured part-way through the year', () => {
  const rows = () => [
    target('31', 2023, 2000),
    ratio('31', 2023, 'pct', 97.5, { period: '7M', planPeriod: 'FY', achievedPeriod: '7M' }),
    ratio('31', 2023, 'pct', 175),
    ratio('31', 2023, 'times', 0.4, { period: 'H1', planPeriod: 'FY', achievedPeriod: 'H1' }),
  ];
  const observations = [flow('31', 2023, 3500), flow('31', 2023, 1950.55, { period: '7M' })];

  it('shows a 7-month ratio against the annual plan as partial, with the 7-month value and no computed ratio', () => {
    const c = setup(rows(), observations).compare('31', 2023, '7M');
    expect(c.partial).toBe(true);
    expect(c.stated).toMatchObject({ value: 97.5, period: '7M', planPeriod: 'FY', partial: true });
    expect(c.target).toMatchObject({ value: 2000, period: 'FY' });
    expect(c.achieved?.value).toBe(1950.55);
    expect(c.achievedPeriod).toBe('7M');
    expect(c).toMatchObject({ computed: null, computedReason: 'period-differs', disagrees: false });
  });

  it('lists the part-way ratios with the whole year, earliest first, without taking them for the year’s ratio', () => {
    const c = setup(rows(), observations).compare('31', 2023, 'FY');
    expect(c.partial).toBe(false);
    expect(c.stated?.value).toBe(175);
    expect(c.partialRatios.map((r) => [r.period, r.percentOfPlan])).toEqual([['H1', 40], ['7M', 97.5]]);
    expect(c.computed?.percent).toBe(175);
  });

  it('keeps a five-year plan as its own period, its achieved value read where the curation says', () => {
    const five = ratio('01', 2020, 'pct', 130, { period: '2016-2020', planPeriod: '2016-2020', achievedPeriod: 'FY' });
    const { compare } = setup([five], [flow('01', 2020, 1700)]);
    for (const period of ['2016-2020', 'FY']) {
      const c = compare('01', 2020, period);
      expect(c.stated).toMatchObject({ value: 130, period: '2016-2020', partial: false });
      expect(c.achieved?.value).toBe(1700);
      expect(c.partial).toBe(false);
    }
  });
});

describe('provinces and their plans', () => {
  it('says a province has no published target rather than returning an empty comparison', () => {
    const { compare, province } = setup([target('31', 2023, 2000)]);
    expect(province('27')).toMatchObject({ reason: 'no-plans-for-unit', entries: [], years: [], metrics: [] });
    expect(compare('27', 2023)).toMatchObject({ reason: 'no-plans-for-unit', target: null, stated: null, computed: null });
    expect(compare('31', 2019)).toMatchObject({ reason: 'no-plan-for-metric-year', target: null });
  });

  it('lists every metric and year with a target or a stated ratio, each plan row in exactly one entry', () => {
    const rows = [
      target('31', 2023, 2000), ratio('31', 2023, 'pct', 175),
      ratio('31', 2023, 'pct', 97.5, { period: '7M', planPeriod: 'FY', achievedPeriod: '7M' }),
      target('31', 2021, 1500, { period: 'Q2', planPeriod: 'Q2', achievedPeriod: 'Q2' }),
      ratio('31', 2022, 'pct', 44, { period: 'H1', planPeriod: 'FY', achievedPeriod: 'H1' }),
      target('31', 2020, 4000, { planMetric: 'jobs', metric: '', achievedPeriod: '', unit: 'persons' }),
    ];
    const planMetrics = [{ id: 'jobs', metric: '', labelVi: 'Việc làm mới', labelEn: 'New jobs', unit: 'persons', unitVi: 'người', unitEn: 'persons' }];
    const p = setup(rows, undefined, planMetrics).province('31');
    expect(p.reason).toBe('');
    expect(p.entries.map((e) => `${e.metric} ${e.year} ${e.period} ${e.hasTarget ? 'T' : ''}${e.hasStated ? 'S' : ''}`)).toEqual([
      'fdi 2021 Q2 T', 'fdi 2022 FY S', 'fdi 2023 FY TS', 'jobs 2020 FY T',
    ]);
    const placed = p.entries.flatMap((e) => [
      e.comparison.target?.row, ...(e.comparison.target?.others ?? []).map((o) => o.row), e.comparison.stated?.row,
      ...e.comparison.statedOthers.map((o) => o.ratio.row), ...e.comparison.partialRatios.map((r) => r.row),
    ]).filter(Boolean);
    expect(placed.map((r) => r!.id).sort()).toEqual(rows.map((r) => r.id).sort());
    const jobs = p.entries.find((e) => e.metric === 'jobs')!.comparison;
    expect(jobs).toMatchObject({ computedReason: 'no-metric', achieved: null, info: { labelEn: 'New jobs', metric: '' } });
  });

  it('gives a merged 2025 province no target of its predecessors’', () => {
    const { province } = setup([target('31', 2023, 2000)]);
    expect(province('31', 'post2025')).toMatchObject({ reason: 'merged-unit', entries: [] });
  });
});

// The rules of showing a plan beside its result: the plan line's contract attributes, when a missing computed ratio
// is explained, which provinces have plans, and the plan view's groups.
import { describe, expect, it } from 'vitest';
import { computedGap, hasPlan, planAttributes, planGroups, provincesWithPlans } from '../../../src/core/view/plans';
import { provinces } from '../analysis/fixture';
import { flow, haiPhong, ratio, setup, target } from '../analysis/plan-fixture';

describe('the plan line’s attributes (CONTRACTS.md)', () => {
  it('Hải Phòng 2023: target 2000 (lower end of the range), achieved 3500, stated 175, computed 175', () => {
    expect(planAttributes(haiPhong().compare('31', 2023))).toEqual({
      'data-target': '2000', 'data-achieved': '3500', 'data-stated-pct': '175', 'data-stated-wording': 'pct', 'data-stated-value': '175',
      'data-computed-pct': '175', 'data-disagrees': 'false', 'data-partial': 'false', 'data-reason': '',
    });
  });

  it('2024: stated 242 beside computed 217.5, disagreeing', () => {
    expect(planAttributes(haiPhong().compare('31', 2024))).toMatchObject({ 'data-stated-pct': '242', 'data-computed-pct': '217.5', 'data-disagrees': 'true' });
  });

  it('a ratio worded "x% above plan" carries its percentage of plan after conversion, and its wording and value as stated', () => {
    const { compare } = setup([target('31', 2023, 2500), ratio('31', 2023, 'excess_pct', 40)]);
    expect(planAttributes(compare('31', 2023))).toMatchObject({
      'data-stated-pct': '140', 'data-stated-wording': 'excess_pct', 'data-stated-value': '40', 'data-computed-pct': '140',
    });
  });

  it('a ratio stated part-way (7 months against the annual plan) says so, and nothing is computed', () => {
    const attrs = planAttributes(haiPhong().compare('31', 2023, '7M'));
    expect(attrs).toMatchObject({ 'data-stated-pct': '97.5', 'data-partial': 'true', 'data-computed-pct': '', 'data-target': '2000' });
  });

  it('no plans: every number empty, the reason given', () => {
    const { compare } = haiPhong();
    expect(planAttributes(compare('27', 2023))).toMatchObject({ 'data-target': '', 'data-achieved': '', 'data-stated-pct': '', 'data-computed-pct': '', 'data-reason': 'no-plans-for-unit' });
    expect(planAttributes(compare('31', 2020))['data-reason']).toBe('no-plan-for-metric-year');
    expect(hasPlan(compare('31', 2020))).toBe(false);
    expect(hasPlan(compare('31', 2019))).toBe(true);
  });
});

describe('why no ratio is computed', () => {
  it('is said when a target and a result are there but cannot be divided; not when one of them is missing', () => {
    const { compare } = setup([target('31', 2023, 2000, { flags: ['period-ambiguous'] }), target('31', 2024, 2000), target('31', 2025, 3000)]);
    expect(computedGap(compare('31', 2023))).toBe('target-period-ambiguous');
    expect(computedGap(compare('31', 2024))).toBe('');
    // 2025 has no result yet: the missing "Achieved" says it.
    expect(computedGap(compare('31', 2025))).toBe('');
  });
});

describe('provinces with plans', () => {
  const { dataset } = setup([target('31', 2023, 2000), target('27', 2023, 100)]);
  const pre = provinces.filter((p) => p.edition === 'pre2025' && p.inBloc);
  const post = provinces.filter((p) => p.edition === 'post2025');

  it('in the 63-province map, those with a plan row', () => {
    expect(provincesWithPlans(dataset.plans, provinces, pre, 'pre2025').map((p) => p.code)).toEqual(['31', '27']);
  });

  it('in the 34-province map, none of the merged provinces (their predecessors’ plans are not theirs)', () => {
    expect(provincesWithPlans(dataset.plans, provinces, post, 'post2025')).toEqual([]);
  });
});

describe('the plan view’s groups', () => {
  it('one per metric, those with years of plan beside result first; every plan of the metric in it', () => {
    const { province } = setup(
      [target('31', 2023, 2000), target('31', 2024, 2000), target('31', 2023, 30, { metric: '', planMetric: 'workers_new_jobs' }), ratio('31', 2022, 'pct', 110, { metric: 'other', planMetric: 'other' })],
      [flow('31', 2023, 3500)],
    );
    const groups = planGroups(province('31'));
    expect(groups.map((g) => [g.metric.id, g.compared, g.entries.length])).toEqual([['fdi', 1, 2], ['other', 0, 1], ['workers_new_jobs', 0, 1]]);
  });

  it('a province without plans has no group', () => {
    expect(planGroups(haiPhong().province('27'))).toEqual([]);
  });
});

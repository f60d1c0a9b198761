// Plan figures in words, in both languages: a range as a range, the three wordings as the source put them with the
// conversion said, part-way ratios said to be part-way, and the reasons a ratio is not computed.
import { describe, expect, it } from 'vitest';
import { computedWhy, conversionText, planProvenanceValue, planTargetText, statedText, wordedRatio } from '../../../src/i18n/plans';
import { computedRatioProvenance, statedRatioProvenance } from '../../../src/core/analysis/planProvenance';
import { haiPhong, ratio, setup } from '../analysis/plan-fixture';

describe('targets', () => {
  it('a stated range reads as a range; a lower bound and an approximation carry their signs', () => {
    const c = haiPhong().compare('31', 2023);
    expect(planTargetText('vi', c.target!)).toBe('2.000–2.500');
    expect(planTargetText('en', c.target!)).toBe('2,000–2,500');
    const bounded = setup([{ ...haiPhong().dataset.plans[1], flags: ['lower-bound'], rangeTo: null }]).compare('31', 2021);
    expect(planTargetText('en', bounded.target!)).toBe('> 2,500');
  });
});

describe('stated ratios, in their wording', () => {
  it('"x% of plan", "x% above plan", "x-fold"', () => {
    expect(wordedRatio('vi', 'pct', 175)).toBe('175% kế hoạch');
    expect(wordedRatio('en', 'pct', 175)).toBe('175% of plan');
    expect(wordedRatio('vi', 'excess_pct', 42)).toBe('vượt 42% kế hoạch');
    expect(wordedRatio('en', 'excess_pct', 42)).toBe('42% above plan');
    expect(wordedRatio('vi', 'times', 4.5)).toBe('gấp 4,5 lần kế hoạch');
    expect(wordedRatio('en', 'times', 4.5)).toBe('4.5-fold the plan');
  });

  it('a converted ratio says how: 100 + x, 100 × x; "x% of plan" needs no conversion', () => {
    const above = setup([ratio('31', 2023, 'excess_pct', 42)]).compare('31', 2023).stated!;
    expect(statedText('en', above)).toBe('42% above plan = 142% of plan (converted: 100 + 42)');
    expect(statedText('vi', above)).toBe('vượt 42% kế hoạch = 142% kế hoạch (quy đổi 100 + 42)');
    const fold = setup([ratio('31', 2023, 'times', 4.5)]).compare('31', 2023).stated!;
    expect(conversionText('en', fold)).toBe('= 450% of plan (converted: 100 × 4.5)');
    expect(conversionText('en', haiPhong().compare('31', 2023).stated!)).toBe('');
  });

  it('a ratio measured part-way says when, against which plan', () => {
    const partial = haiPhong().compare('31', 2023).partialRatios[0];
    expect(statedText('vi', partial)).toBe('97,5% kế hoạch (tính đến hết 7 tháng, so với kế hoạch cả năm)');
    expect(statedText('en', partial)).toBe('97.5% of plan (measured after 7 months, against the plan for the full year)');
  });
});

describe('the provenance panel’s value of a plan figure', () => {
  it('a stated ratio in its wording with its conversion; a computed one with the ratio against the range’s upper end', () => {
    const c = setup([ratio('31', 2023, 'excess_pct', 42)]).compare('31', 2023);
    const stated = statedRatioProvenance(c, c.stated!);
    expect(planProvenanceValue('en', stated.plan!, stated.value, stated.qualifier)).toBe('42% above plan = 142% of plan (converted: 100 + 42)');
    const computed = computedRatioProvenance(haiPhong().compare('31', 2024))!;
    expect(planProvenanceValue('vi', computed.plan!, computed.value, computed.qualifier)).toBe('217,5% kế hoạch (174% so với mức trên)');
  });
});

describe('why no ratio is computed', () => {
  it('in words, in both languages', () => {
    expect(computedWhy('en', 'period-differs')).toBe('the achieved figure covers another period than the plan');
    expect(computedWhy('vi', 'no-achieved')).toBe('chưa có số kết quả');
    expect(computedWhy('en', '')).toBe('');
  });
});

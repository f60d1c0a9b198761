// A plan figure one click from its source: a target's row (its range kept), a stated ratio in its wording with its
// conversion, the same plan from other sources beside it, and a computed ratio as derived from its two inputs.
import { describe, expect, it } from 'vitest';
import { computedRatioProvenance, planTargetProvenance, statedRatioProvenance } from '../../../src/core/analysis/planProvenance';
import { haiPhong, ratio, setup, target } from './plan-fixture';

describe('the provenance of a target', () => {
  it('is the plan row with its source, the range’s upper end beside the stored lower end', () => {
    const p = planTargetProvenance(haiPhong().compare('31', 2023))!;
    expect(p).toMatchObject({ value: 2000, unit: { code: '31' }, metric: 'fdi', derived: false, contested: false });
    expect(p.plan).toMatchObject({ kind: 'target', year: 2023, period: 'FY', rangeTo: 2500, wording: '' });
    expect(p.entries).toEqual([expect.objectContaining({ role: 'chosen', value: 2000, year: 2023, period: 'FY', source: expect.objectContaining({ publisher: 'VNA' }) })]);
  });

  it('lists another publisher’s different target as contested, and marks the target so', () => {
    const p = planTargetProvenance(setup([target('31', 2023, 2000, { sourceId: 's-b1' }), target('31', 2023, 2400, { sourceId: 's-c1' })]).compare('31', 2023))!;
    expect(p.contested).toBe(true);
    expect(p.entries.map((e) => [e.role, e.value, e.source?.publisher])).toEqual([['chosen', 2000, 'VNA'], ['contested', 2400, 'CafeF']]);
  });

  it('is null where there is no target', () => {
    expect(planTargetProvenance(haiPhong().compare('31', 2019))).toBeNull();
  });
});

describe('the provenance of a stated ratio', () => {
  it('keeps the wording and value as stated, with the conversion to a percentage of plan', () => {
    const c = setup([ratio('31', 2023, 'excess_pct', 42)]).compare('31', 2023);
    const p = statedRatioProvenance(c, c.stated!);
    expect(p.value).toBe(42);
    expect(p.plan).toMatchObject({ kind: 'stated', wording: 'excess_pct', percentOfPlan: 142, converted: true, partial: false });
  });

  it('a ratio stated part-way says when it was measured and against which plan', () => {
    const c = haiPhong().compare('31', 2023);
    const p = statedRatioProvenance(c, c.partialRatios[0]);
    expect(p.plan).toMatchObject({ kind: 'stated', measuredAt: '7M', period: 'FY', partial: true, percentOfPlan: 97.5 });
  });

  it('shows the same ratio from another source: beside it when it agrees after conversion, contested when not', () => {
    const { compare } = setup([
      ratio('31', 2023, 'pct', 110, { sourceId: 's-b1' }), ratio('31', 2023, 'excess_pct', 10, { sourceId: 's-c1' }),
      ratio('31', 2024, 'pct', 120, { sourceId: 's-b1' }), ratio('31', 2024, 'excess_pct', 10, { sourceId: 's-c1' }),
    ]);
    const agrees = compare('31', 2023);
    expect(statedRatioProvenance(agrees, agrees.stated!).entries.map((e) => e.role)).toEqual(['chosen', 'other']);
    const differs = compare('31', 2024);
    const p = statedRatioProvenance(differs, differs.stated!);
    expect(p.contested).toBe(true);
    expect(p.entries.map((e) => [e.role, e.value])).toEqual([['chosen', 120], ['contested', 10]]);
  });
});

describe('the provenance of a computed ratio', () => {
  it('is derived: achieved ÷ target × 100, its inputs the achieved row and the target row, the upper end’s ratio beside', () => {
    const p = computedRatioProvenance(haiPhong().compare('31', 2024))!;
    expect(p).toMatchObject({ value: 217.5, derived: true, origin: 'derived' });
    expect(p.plan).toMatchObject({ kind: 'computed', computedTo: 174 });
    expect(p.entries.map((e) => [e.role, e.value, e.year])).toEqual([['input', 4350, 2024], ['input', 2000, 2024]]);
  });

  it('is null where nothing is computed', () => {
    expect(computedRatioProvenance(haiPhong().compare('31', 2025))).toBeNull();
  });
});

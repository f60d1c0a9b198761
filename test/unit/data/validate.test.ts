import { describe, expect, it } from 'vitest';
import { validateData, formatProblem, type Problem } from '../../../src/core/data/validate';
import type { DataFileKey } from '../../../src/core/data/schema';
import { validTexts, withLine } from './fixtures';

function problemsAfter(key: DataFileKey, line: number, replacement: string): Problem[] {
  const texts = validTexts();
  texts[key] = withLine(texts[key], line, replacement);
  return validateData(texts).filter((p) => p.severity === 'error');
}

const OBS = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    id: 'o-9', edition: 'pre2025', code: '27', year: '2022', period: 'FY', scope: 'zones', metric: 'fdi_projects_valid',
    value: '10', source_id: 'src-a', as_of: '', flags: '', note: '',
  };
  const row = { ...base, ...fields };
  return ['id', 'edition', 'code', 'year', 'period', 'scope', 'metric', 'value', 'source_id', 'as_of', 'flags', 'note'].map((k) => row[k]).join(',');
};

const PLAN = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    id: 'p-aaaaaaaaa9', edition: 'pre2025', code: '27', year: '2023', period: 'FY', plan_period: 'FY', scope: 'zones', kind: 'target',
    plan_metric: 'fdi_projects_valid', wording: '', metric: 'fdi_projects_valid', achieved_period: 'FY', value: '1000', unit: 'projects',
    range_to: '', source_id: 'src-a', as_of: '', flags: '', note: '',
  };
  const row = { ...base, ...fields };
  return Object.keys(base).map((k) => row[k]).join(',');
};
const RATIO = { kind: 'achievement', wording: 'pct', unit: 'pct' };

describe('validateData', () => {
  it('accepts the valid fixture without problems', () => {
    expect(validateData(validTexts())).toEqual([]);
  });

  it.each([
    ['unknown province', OBS({ code: '99' }), /unknown province pre2025:99/],
    ['province keyed by edition: a post2025 code is not a pre2025 unit', OBS({ edition: 'post2025', code: '27' }), /unknown province post2025:27/],
    ['unknown metric', OBS({ metric: 'foo' }), /unknown metric "foo"/],
    ['non-number value', OBS({ value: '12,5' }), /./],
    ['non-number value text', OBS({ value: 'n/a' }), /value is not a number: "n\/a"/],
    ['unknown source', OBS({ source_id: 'src-zzz' }), /unknown source "src-zzz"/],
    ['bad period word', OBS({ period: 'half-year' }), /bad period "half-year"/],
    ['bad year', OBS({ year: '20x3' }), /bad year "20x3"/],
    ['scope mismatch', OBS({ metric: 'population_thousand' }), /scope mismatch/],
    ['observation of a derived metric', OBS({ metric: 'projects_per_ha' }), /derived/],
    ['bad as_of', OBS({ as_of: '2023-13' }), /bad as_of/],
  ])('%s → an error on that line of observations.csv', (_label, row, message) => {
    const errors = problemsAfter('observations', 3, row);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'data/observations.csv', line: 3 });
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('reports a duplicate observation (same unit, year, period, scope, metric, as_of, source) on the later line', () => {
    const texts = validTexts();
    texts.observations += OBS({ id: 'o-4', year: '2023', period: 'cumulative-to-date', as_of: '2023-12', value: '1300' }) + '\n';
    const errors = validateData(texts);
    expect(errors).toEqual([expect.objectContaining({ file: 'data/observations.csv', line: 5, message: expect.stringMatching(/duplicate observation.*line 2/) })]);
  });

  it('does not call an older vintage flagged revised a duplicate', () => {
    const texts = validTexts();
    texts.observations += OBS({ id: 'o-4', year: '2023', period: 'cumulative-to-date', as_of: '2023-12', value: '1300', flags: 'revised' }) + '\n';
    expect(validateData(texts)).toEqual([]);
  });

  it.each([
    ['unknown province', 'bn-x,KCN X,X IP,KCN,99,,,,,,,,,,,,,,,,,,,gathered,src-a,,', /unknown province pre2025:99/],
    ['swapped lon-lat', 'bn-x,KCN X,X IP,KCN,27,,,,,,,,,21.12,105.99,stated-coordinates,1000,,,,,,,gathered,src-a,,', /bad lon-lat 21.12,105.99/],
    ['lon without lat', 'bn-x,KCN X,X IP,KCN,27,,,,,,,,,105.99,,stated-coordinates,1000,,,,,,,gathered,src-a,,', /both be given/],
    ['occupancy over 100', 'bn-x,KCN X,X IP,KCN,27,,,120,,,,,,,,,,,,,,,,gathered,src-a,,', /occupancy_pct out of range/],
    ['bad kind', 'bn-x,KCN X,X IP,KCX,27,,,,,,,,,,,,,,,,,,,gathered,src-a,,', /bad zone kind "KCX"/],
  ])('zone with %s → an error on that line of zones.csv', (_label, row, message) => {
    const errors = problemsAfter('zones', 3, row);
    expect(errors[0]).toMatchObject({ file: 'data/zones.csv', line: 3 });
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('reports a missing required column on line 1', () => {
    const texts = validTexts();
    texts.observations = texts.observations.replace('source_id', 'source');
    const errors = validateData(texts);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'data/observations.csv', line: 1, message: 'missing required column "source_id"' }));
  });

  it('counts lines of multi-line quoted fields, so later rows keep their real line number', () => {
    const texts = validTexts();
    texts.observations = withLine(texts.observations, 2, OBS({ id: 'o-1', note: '"two\nlines"' }));
    texts.observations += OBS({ id: 'o-5', metric: 'foo' }) + '\n';
    const errors = validateData(texts).filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ line: 6, message: 'unknown metric "foo"' })]);
  });

  it('rejects a formula over an unknown metric, and formats problems as file:line: message', () => {
    const errors = problemsAfter('metrics', 5, 'projects_per_ha,zones,a,b,count,số,count,rate,,none,,0,fdi_projects_valid / nope,Per ha.,Trên ha.');
    expect(errors.map(formatProblem)).toEqual(['data/metrics.csv:5: formula uses unknown metric "nope"']);
  });

  it.each([
    ['a ratio without its wording', PLAN({ ...RATIO, wording: '' }), /a stated ratio needs a wording/],
    ['a wording on a target', PLAN({ wording: 'pct' }), /a target has no wording/],
    ['a fold ratio in %', PLAN({ ...RATIO, wording: 'times' }), /"times" ratio is in times/],
    ['a target in another unit than its metric', PLAN({ unit: 'musd' }), /a target of "fdi_projects_valid" is in projects, got "musd"/],
    ['a range on a ratio', PLAN({ ...RATIO, range_to: '120' }), /only a target states a range/],
    ['a range whose upper end is not above its lower end', PLAN({ range_to: '900' }), /range_to "900" is not above the stored lower end 1000/],
    ['a part-way ratio not filed against the annual plan', PLAN({ ...RATIO, period: '7M', plan_period: '7M', achieved_period: '7M' }), /plan_period "7M" should be "FY"/],
    ['a five-year plan under another year', PLAN({ ...RATIO, period: '2016-2020', plan_period: '2016-2020', achieved_period: 'FY', year: '2019' }), /filed under its last year/],
    ['a plan metric without curation', PLAN({ plan_metric: 'brand_new' }), /plan metric "brand_new" has no row/],
    ['an unknown observation metric', PLAN({ metric: 'nope' }), /unknown metric "nope"/],
    ['a scope the metric does not have', PLAN({ scope: 'province' }), /scope mismatch/],
    ['an unknown unit', PLAN({ code: '99' }), /unknown unit pre2025:99/],
  ])('plans.csv: %s → an error on that line', (_label, row, message) => {
    const errors = problemsAfter('plans', 2, row);
    expect(errors[0]).toMatchObject({ file: 'data/plans.csv', line: 2 });
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('curation/plan-metrics.csv: a plan metric with no observation metric needs labels in both languages', () => {
    const errors = problemsAfter('planMetrics', 3, 'jobs_new,,Việc làm mới,,persons,người,persons,no such series');
    expect(errors.map(formatProblem)).toContain('data/curation/plan-metrics.csv:3: a plan metric with no observation metric needs both labels (vi, en)');
  });

  it('requires the definition in both languages (the metric picker shows it)', () => {
    const errors = problemsAfter('metrics', 5, 'projects_per_ha,zones,a,b,count,số,count,rate,,none,,0,,Per ha.,');
    expect(errors.map(formatProblem)).toEqual(['data/metrics.csv:5: both descriptions (vi, en) are required']);
  });
});

// The refresh of the boards' own targets and stated ratios (shared plans/plans.csv → data/plans.csv).
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, readCsvObjects } from '../../../src/core/data/csv';
import { PLAN_FILE, refresh, type RefreshOutput } from '../../../src/core/data/refresh/index';
import { readCuration, readShared } from './shared';

type Row = Record<string, string>;
let out: RefreshOutput;
let plans: Row[];
let observations: Row[];
const shared = readShared();
const sharedRows = parseCsv(shared[PLAN_FILE]).rows;
const byOrigin = (line: number) => plans.find((p) => p.id === out.ledger.get(`${PLAN_FILE}:${line}`))!;
const find = (where: Partial<Row>) => plans.filter((p) => Object.entries(where).every(([k, v]) => p[k] === v));

beforeAll(() => {
  out = refresh(shared, readCuration());
  plans = readCsvObjects(out.files['plans.csv']);
  observations = readCsvObjects(out.files['observations.csv']);
});

describe('refresh of the plans', () => {
  it('keeps every row with a value and a source as a plan row of its own kind, none as an observation', () => {
    expect(sharedRows.length).toBe(75);
    expect(plans.length).toBe(75);
    expect(observations.some((o) => /_plan_/.test(o.metric))).toBe(false);
    for (const { line, values } of sharedRows) {
      const p = byOrigin(line);
      // Not also written as an observation: no row of the same source, year, period and value under either id.
      const twin = observations.find(
        (o) => o.source_id === p.source_id && o.year === p.year && o.period === p.period && Number(o.value) === Number(values.value) &&
          (o.metric === values.metric || o.metric === p.metric),
      );
      expect(twin, `${PLAN_FILE}:${line}`).toBeUndefined();
    }
  });

  it('splits the three wordings off the shared ids, a target carrying none', () => {
    for (const { line, values } of sharedRows) {
      const p = byOrigin(line);
      const suffix = p.wording === 'pct' ? '_plan_pct' : p.wording === 'excess_pct' ? '_plan_excess_pct' : p.wording === 'times' ? '_plan_times' : '';
      expect(`${p.plan_metric}${suffix}`, `${PLAN_FILE}:${line}`).toBe(values.metric);
      expect(p.kind).toBe(values.kind);
      expect(p.wording === '').toBe(values.kind === 'target');
    }
    expect(['pct', 'excess_pct', 'times'].map((w) => find({ wording: w }).length)).toEqual([21, 7, 2]);
    expect(find({ code: '30', wording: 'times', period: 'H1' })).toEqual([expect.objectContaining({ value: '18.6', unit: 'times' })]);
  });

  it('stores a range by its lower end and keeps the upper end; keeps lower bounds and approximations as marks', () => {
    const hp2023 = find({ code: '31', year: '2023', kind: 'target' });
    expect(hp2023.map((p) => [p.value, p.range_to, p.unit])).toEqual([['2000', '2500', 'musd']]);
    expect(hp2023[0].note).toContain('the lower end of a stated range');
    expect(find({ code: '26', kind: 'target', metric: 'ddi_new_capital_bvnd' }).map((p) => [p.value, p.range_to])).toEqual([['700', '1000']]);
    expect(plans.filter((p) => p.range_to).length).toBe(10);
    expect(find({ code: '22', year: '2024', period: 'FY', kind: 'target' })[0].flags).toBe('lower-bound');
    expect(find({ code: '26', year: '2022', kind: 'target', metric: 'fdi_new_and_added_capital_musd' })[0].flags).toBe('approx');
  });

  it('files a ratio measured part-way through the year against the annual plan, and says so', () => {
    const partial = plans.filter((p) => p.kind === 'achievement' && /^(H1|\d+M)$/.test(p.period));
    expect(partial.length).toBe(19);
    for (const p of partial) {
      expect(p.plan_period, p.id).toBe('FY');
      expect(p.note).toContain(`measured part-way through the year (${p.period}), against the annual plan`);
    }
    expect(find({ code: '31', year: '2023', period: '7M' })).toEqual([expect.objectContaining({ value: '97.5', plan_period: 'FY', achieved_period: '7M' })]);
    // A target for a quarter is the quarter's plan, not a ratio measured part-way.
    expect(find({ code: '31', year: '2021', period: 'Q2' })).toEqual([expect.objectContaining({ kind: 'target', plan_period: 'Q2' })]);
  });

  it('keeps the five-year plan as such, compared with the five-year figure the curation names', () => {
    expect(find({ code: '01', period: '2016-2020' })).toEqual([
      expect.objectContaining({ year: '2020', plan_period: '2016-2020', metric: 'fdi_capital_2016_2020_musd', achieved_period: 'FY', value: '130' }),
    ]);
  });

  it('marks what the notes leave unclear, in its own words', () => {
    expect(find({ code: '01', year: '2025' })[0].flags).toBe('period-ambiguous');
    expect(find({ code: '22', period: '10M' })[0].flags).toBe('wording-unverified');
    const notes = plans.map((p) => p.note).join(' ');
    expect(notes).not.toMatch(/verify wording|C-low|scaled x1000|stated as percent ABOVE/);
    for (const { values } of sharedRows) if (values.notes.length > 20) expect(notes).not.toContain(values.notes);
  });

  it('cites an article the observations already cite under the same source', () => {
    const stated2024 = find({ code: '31', year: '2024', kind: 'achievement' })[0];
    const achieved2024 = observations.filter((o) => o.code === '31' && o.year === '2024' && o.metric === 'fdi_new_and_added_capital_musd' && o.period === 'FY');
    expect(achieved2024.map((o) => o.source_id)).toContain(stated2024.source_id);
  });

  it('stops with the shared file and line when it cannot read a row faithfully', () => {
    const header = shared[PLAN_FILE].split('\n')[0];
    const rowText = (metric: string, notes: string, kind = 'target') =>
      `Hải Phòng,2023,FY,${metric},2000,million USD,zones,https://example.org/a,Title,2024-01,"quote",,"${notes}",${kind}`;
    const run = (row: string) => () => refresh({ ...shared, [PLAN_FILE]: `${header}\n${row}\n` }, readCuration());
    expect(run(rowText('fdi_brand_new_musd', ''))).toThrow(`${PLAN_FILE}:2: plan metric "fdi_brand_new_musd" has no row in data/curation/plan-metrics.csv`);
    expect(run(rowText('fdi_new_and_added_capital_musd', 'range 2,500–3,000 stated; lower end stored'))).toThrow(`${PLAN_FILE}:2: the stated range 2500–3000 does not start at the stored value 2000`);
    expect(run(rowText('fdi_new_and_added_capital_musd', '', 'achievement'))).toThrow(/:2: a stated ratio needs a wording suffix/);
  });
});

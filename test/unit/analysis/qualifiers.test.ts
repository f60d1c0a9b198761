// Lower bounds and approximations pass their mark to what is computed from them (ranking rows, deltas,
// shares, sums, formulas); rows that do not say which territory they cover are set aside, never ranked;
// a national total names the offshore line it includes.
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { provenanceOf } from '../../../src/core/analysis/provenance';
import { difference, increasing } from '../../../src/core/analysis/qualifier';
import { ranking } from '../../../src/core/analysis/ranking';
import { selectValue } from '../../../src/core/analysis/select';
import { unitValue } from '../../../src/core/analysis/values';
import { dataset, metric, obs } from './fixture';

const FY = 'FY';
const capital = metric('fdi_capital_musd', { kind: 'flow' });
const provinceCapital = metric('province_fdi_total_capital_musd', { scope: 'province', kind: 'flow' });

describe('the marks of computed numbers', () => {
  test('a sum or a mean of lower bounds is a lower bound; an approximation anywhere makes it approximate', () => {
    expect(increasing('', 'lower-bound', '')).toBe('lower-bound');
    expect(increasing('lower-bound', 'approx')).toBe('approx');
    expect(increasing('', '')).toBe('');
  });

  test('a difference keeps a lower bound only when what it subtracts is exact', () => {
    expect(difference('lower-bound', '')).toBe('lower-bound');
    expect(difference('', 'lower-bound')).toBe('approx');
    expect(difference('approx', '')).toBe('approx');
  });
});

describe('marks through the engine', () => {
  const rows = [
    obs({ code: '30', metric: 'fdi_capital_musd', year: 2024, period: FY, value: 17430, flags: ['lower-bound'] }),
    obs({ code: '30', metric: 'fdi_capital_musd', year: 2023, period: FY, value: 15000 }),
    obs({ code: '31', metric: 'fdi_capital_musd', year: 2024, period: FY, value: 300000, flags: ['approx'] }),
    obs({ code: '31', metric: 'fdi_capital_musd', year: 2023, period: FY, value: 250000, flags: ['lower-bound'] }),
    obs({ code: '27', metric: 'fdi_capital_musd', year: 2024, period: FY, value: 5000 }),
    obs({ code: '27', metric: 'fdi_capital_musd', year: 2023, period: FY, value: 4000 }),
    obs({ edition: 'region', code: 'rrd-bloc', metric: 'fdi_capital_musd', year: 2024, period: FY, value: 400000 }),
  ];
  const index = buildIndex(dataset(rows, [capital, metric('fdi_capital_share', { derived: 'fdi_capital_musd / 2' })]));
  const result = ranking(index, { metric: 'fdi_capital_musd', year: 2024, period: FY, edition: 'pre2025' });
  const row = (code: string) => result.rows.find((r) => r.unit.code === code)!;

  test('the ranking row carries its value’s mark', () => {
    expect(row('30')).toMatchObject({ value: 17430, qualifier: 'lower-bound' });
    expect(row('31')).toMatchObject({ value: 300000, qualifier: 'approx' });
    expect(row('27').qualifier).toBe('');
  });

  test('the delta: a lower bound minus an exact figure is a lower bound; minus a lower bound it is only approximate', () => {
    expect(row('30')).toMatchObject({ deltaAbs: 2430, deltaQualifier: 'lower-bound' });
    expect(row('31').deltaQualifier).toBe('approx');
    expect(row('27')).toMatchObject({ deltaAbs: 1000, deltaQualifier: '' });
  });

  test('the share of a published total keeps a lower bound', () => {
    expect(result.regionTotal).toMatchObject({ origin: 'published', value: 400000, qualifier: '' });
    expect(row('30').shareQualifier).toBe('lower-bound');
    expect(row('31').shareQualifier).toBe('approx');
    expect(row('27').shareQualifier).toBe('');
  });

  test('the sum of a merged unit carries its parts’ marks; a formula over a marked input is approximate', () => {
    // New Hải Phòng (31) = old Hải Dương (30, a lower bound) + old Hải Phòng (31, approximate).
    expect(unitValue(index, { edition: 'post2025', code: '31' }, 'fdi_capital_musd', 2024, FY)).toMatchObject({
      origin: 'aggregate', value: 317430, qualifier: 'approx',
    });
    const lowerOnly = buildIndex(dataset([rows[0], obs({ code: '31', metric: 'fdi_capital_musd', year: 2024, period: FY, value: 10 })], [capital]));
    expect(unitValue(lowerOnly, { edition: 'post2025', code: '31' }, 'fdi_capital_musd', 2024, FY).qualifier).toBe('lower-bound');
    expect(unitValue(index, { edition: 'pre2025', code: '30' }, 'fdi_capital_share', 2024, FY)).toMatchObject({ value: 8715, qualifier: 'approx' });
  });

  test('a region total summed from the provinces is a lower bound when one of them is; the shares inside it are approximate', () => {
    const provinceRows = [
      obs({ code: '30', metric: 'province_fdi_total_capital_musd', scope: 'province', year: 2024, period: FY, value: 100, flags: ['lower-bound'] }),
      obs({ code: '31', metric: 'province_fdi_total_capital_musd', scope: 'province', year: 2024, period: FY, value: 200 }),
      obs({ code: '27', metric: 'province_fdi_total_capital_musd', scope: 'province', year: 2024, period: FY, value: 300 }),
      obs({ edition: 'country', code: '00', metric: 'province_fdi_total_capital_musd', scope: 'province', year: 2024, period: FY, value: 6000, sourceId: 's-a1' }),
    ];
    const sum = ranking(buildIndex(dataset(provinceRows, [provinceCapital])), { metric: 'province_fdi_total_capital_musd', year: 2024, period: FY, edition: 'pre2025' });
    expect(sum.regionTotal).toMatchObject({ origin: 'sum', value: 600, qualifier: 'lower-bound' });
    const hd = sum.rows.find((r) => r.unit.code === '30')!;
    expect(hd.shareQualifier).toBe('approx');
    // Against the published national total the lower bound stays a lower bound.
    expect(hd).toMatchObject({ countryShare: 100 / 6000, countryShareQualifier: 'lower-bound' });
    expect(sum.rows.find((r) => r.unit.code === '31')?.countryShareQualifier).toBe('');
  });
});

describe('rows set aside and rows included', () => {
  test('a row that does not say which territory it covers is never chosen nor ranked, but is listed in provenance with its note', () => {
    const note = 'whether it covers the former or the merged province is not stated';
    const index = buildIndex(
      dataset(
        [
          obs({ code: '27', metric: 'province_fdi_new_projects', scope: 'province', year: 2025, period: 'H1', value: 186, flags: ['territory-ambiguous'], note }),
          obs({ code: '31', metric: 'province_fdi_new_projects', scope: 'province', year: 2025, period: 'H1', value: 40 }),
        ],
        [metric('province_fdi_new_projects', { scope: 'province', kind: 'flow' })],
      ),
    );
    const result = ranking(index, { metric: 'province_fdi_new_projects', year: 2025, period: 'H1', edition: 'pre2025' });
    const bn = result.rows.find((r) => r.unit.code === '27')!;
    expect(bn).toMatchObject({ value: null, rank: null });
    expect(result.reporting).toBe(1);
    const provenance = provenanceOf(bn);
    expect(provenance.entries).toEqual([expect.objectContaining({ role: 'set-aside', value: 186, note })]);
  });

  test('a set-aside row stays beside a chosen value as an alternative, never as the value', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '27', metric: 'x', year: 2025, period: 'H1', value: 186, flags: ['territory-ambiguous'], sourceId: 's-a1' }),
          obs({ code: '27', metric: 'x', year: 2025, period: 'H1', value: 90, sourceId: 's-c1' }),
        ],
        [metric('x', { kind: 'flow' })],
      ),
    );
    const chosen = selectValue(index, { edition: 'pre2025', code: '27' }, 'x', 2025, 'H1')!;
    expect(chosen.value).toBe(90);
    expect(chosen.alternatives.map((a) => [a.relation, a.observation.value])).toEqual([['set-aside', 186]]);
    expect(chosen.contested).toBe(false);
  });

  test('a national total that includes the offshore line lists that line in its provenance, as its own unit', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ edition: 'country', code: '00', metric: 'province_fdi_total_capital_musd', scope: 'province', year: 2015, period: FY, value: 22757.26, flags: ['incl-offshore'], sourceId: 's-a1' }),
          obs({ edition: 'offshore', code: 'dk', metric: 'province_fdi_total_capital_musd', scope: 'province', year: 2015, period: FY, value: 40.44, sourceId: 's-a1' }),
        ],
        [provinceCapital],
      ),
    );
    const total = unitValue(index, { edition: 'country', code: '00' }, 'province_fdi_total_capital_musd', 2015, FY);
    const entries = provenanceOf(total).entries;
    expect(entries.map((e) => [e.role, e.unit.edition, e.unit.code, e.value])).toEqual([
      ['chosen', 'country', '00', 22757.26],
      ['included', 'offshore', 'dk', 40.44],
    ]);
    // The offshore line is never a province: no ranking lists it.
    const result = ranking(index, { metric: 'province_fdi_total_capital_musd', year: 2015, period: FY, edition: 'pre2025' });
    expect(result.rows.some((r) => r.unit.code === 'dk')).toBe(false);
  });
});

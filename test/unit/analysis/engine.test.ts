import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { selectValue } from '../../../src/core/analysis/select';
import { unitValue } from '../../../src/core/analysis/values';
import { cagr, competitionRanks, ranking, series } from '../../../src/core/analysis/ranking';

import { dataset, metric, obs } from './fixture';

const STOCK = 'cumulative-to-date';

describe('choosing one value', () => {
  test('trust tier first, then the preferred row, then the latest as_of', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'workers', year: 2023, value: 100, sourceId: 's-c1', asOf: '2023-12' }),
          obs({ code: '30', metric: 'workers', year: 2023, value: 90, sourceId: 's-b1', asOf: '2023-06' }),
          obs({ code: '30', metric: 'workers', year: 2023, value: 95, sourceId: 's-b2', asOf: '2023-11' }),
        ],
        [metric('workers')],
      ),
    );
    const chosen = selectValue(index, { edition: 'pre2025', code: '30' }, 'workers', 2023, STOCK);
    // Tier B beats tier C; between the two B rows the later as_of wins.
    expect(chosen?.value).toBe(95);
    expect(chosen?.asOf).toBe('2023-11');
    expect(chosen?.alternatives.map((a) => a.observation.value)).toEqual([90, 100]);
    // Different months are different observations, not a contest.
    expect(chosen?.contested).toBe(false);
  });

  test('a stock belongs to the year of its as_of, not the year it was filed under', () => {
    const index = buildIndex(
      dataset([obs({ code: '30', metric: 'workers', year: 2022, value: 70, asOf: '2023-01' })], [metric('workers')]),
    );
    expect(selectValue(index, { edition: 'pre2025', code: '30' }, 'workers', 2022, STOCK)).toBeNull();
    expect(selectValue(index, { edition: 'pre2025', code: '30' }, 'workers', 2023, STOCK)?.value).toBe(70);
  });

  test('two publishers more than 0.5% apart at the same month are contested; within 0.5% they are not', () => {
    const rows = (other: number) =>
      buildIndex(
        dataset(
          [
            obs({ code: '31', metric: 'occupancy_pct', year: 2024, value: 60.5, sourceId: 's-b1', asOf: '2024-06' }),
            obs({ code: '31', metric: 'occupancy_pct', year: 2024, value: other, sourceId: 's-b2', asOf: '2024-06-20' }),
          ],
          [metric('occupancy_pct', { kind: 'rate' })],
        ),
      );
    const contested = selectValue(rows(65), { edition: 'pre2025', code: '31' }, 'occupancy_pct', 2024, STOCK);
    expect(contested?.contested).toBe(true);
    expect(contested?.alternatives[0].relation).toBe('contested');
    const close = selectValue(rows(60.6), { edition: 'pre2025', code: '31' }, 'occupancy_pct', 2024, STOCK);
    expect(close?.contested).toBe(false);
  });

  test('an older vintage from the same publisher is a revision, not a contest', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '31', metric: 'fdi_new_projects', year: 2023, period: 'FY', value: 80, sourceId: 's-b1' }),
          obs({ code: '31', metric: 'fdi_new_projects', year: 2023, period: 'FY', value: 70, sourceId: 's-b1-old' }),
        ],
        [metric('fdi_new_projects', { kind: 'flow' })],
      ),
    );
    const chosen = selectValue(index, { edition: 'pre2025', code: '31' }, 'fdi_new_projects', 2023, 'FY');
    expect(chosen?.value).toBe(80);
    expect(chosen?.revised).toBe(true);
    expect(chosen?.contested).toBe(false);
  });
});

describe('rankings', () => {
  test('ties share a rank (1, 2, 2, 4) and missing units come last without a rank', () => {
    expect(competitionRanks([10, 7, 7, 3, null], 'higher')).toEqual([1, 2, 2, 4, null]);
    expect(competitionRanks([10, 7, 7, 3], 'lower')).toEqual([4, 2, 2, 1]);
  });

  const flows = dataset(
    [
      obs({ code: '30', metric: 'fdi_new_projects', year: 2023, period: 'FY', value: 40 }),
      obs({ code: '31', metric: 'fdi_new_projects', year: 2023, period: 'FY', value: 60 }),
      obs({ code: '30', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 50 }),
      obs({ code: '31', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 45 }),
      obs({ code: '27', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 45 }),
      // A half year is never compared with a full year.
      obs({ code: '27', metric: 'fdi_new_projects', year: 2023, period: 'H1', value: 20 }),
      obs({ edition: 'region', code: 'rrd-bloc', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 400 }),
    ],
    [metric('fdi_new_projects', { kind: 'flow' })],
  );

  test('ranks, n of N, share of the published region total, deltas and rank change', () => {
    const result = ranking(buildIndex(flows), { metric: 'fdi_new_projects', year: 2024, period: 'FY', edition: 'pre2025' });
    expect(result.rows.map((r) => [r.unit.code, r.rank])).toEqual([['30', 1], ['27', 2], ['31', 2]]);
    expect(result.reporting).toBe(3);
    expect(result.total).toBe(3);
    expect(result.regionTotal).toMatchObject({ value: 400, origin: 'published' });
    const hd = result.rows[0];
    expect(hd.share).toBeCloseTo(50 / 400);
    expect(hd.deltaAbs).toBe(10);
    expect(hd.deltaPct).toBeCloseTo(0.25);
    expect(hd.rankChange).toBe(1); // 2nd in 2023, 1st in 2024
    // Bắc Ninh had only an H1 figure in 2023: no FY delta, missing rather than zero.
    const bn = result.rows.find((r) => r.unit.code === '27')!;
    expect(bn.deltaAbs).toBeNull();
    expect(bn.rankChange).toBeNull();
    const hp = result.rows.find((r) => r.unit.code === '31')!;
    expect(hp.deltaAbs).toBe(-15);
  });

  test('H1 compares with H1 of the previous year', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '27', metric: 'fdi_new_projects', year: 2023, period: 'H1', value: 20 }),
          obs({ code: '27', metric: 'fdi_new_projects', year: 2024, period: 'H1', value: 30 }),
          obs({ code: '27', metric: 'fdi_new_projects', year: 2023, period: 'FY', value: 55 }),
        ],
        [metric('fdi_new_projects', { kind: 'flow' })],
      ),
    );
    const row = ranking(index, { metric: 'fdi_new_projects', year: 2024, period: 'H1', edition: 'pre2025' }).rows[0];
    expect(row.deltaAbs).toBe(10);
  });

  test('stocks compare values at their as_of dates, and name both', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'workers', year: 2023, value: 100, asOf: '2023-12' }),
          obs({ code: '30', metric: 'workers', year: 2023, value: 130, asOf: '2024-12' }),
        ],
        [metric('workers')],
      ),
    );
    const row = ranking(index, { metric: 'workers', year: 2024, period: STOCK, edition: 'pre2025' }).rows[0];
    expect(row.value).toBe(130);
    expect(row.asOf).toBe('2024-12');
    expect(row.previous?.asOf).toBe('2023-12');
    expect(row.deltaAbs).toBe(30);
  });

  test('lower-is-better metrics rank the smallest first', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'province_fdi_rank', year: 2023, period: 'FY', scope: 'province', value: 12 }),
          obs({ code: '31', metric: 'province_fdi_rank', year: 2023, period: 'FY', scope: 'province', value: 3 }),
        ],
        [metric('province_fdi_rank', { scope: 'province', kind: 'flow', higherIsBetter: false, aggregate: 'none' })],
      ),
    );
    const result = ranking(index, { metric: 'province_fdi_rank', year: 2023, period: 'FY', edition: 'pre2025' });
    expect(result.direction).toBe('lower');
    expect(result.rows.map((r) => r.unit.code)).toEqual(['31', '30', '27']);
  });

  test('property: ranks agree with the sort order of the values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (values, direction) => {
          const ranks = competitionRanks(values, direction);
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              const a = values[i];
              const b = values[j];
              if (a === null) {
                expect(ranks[i]).toBeNull();
                continue;
              }
              if (b === null) continue;
              const better = direction === 'higher' ? a > b : a < b;
              if (better) expect(ranks[i]!).toBeLessThan(ranks[j]!);
              if (a === b) expect(ranks[i]).toBe(ranks[j]);
            }
            // A rank is 1 + the number of strictly better values.
            if (values[i] !== null) {
              const better = values.filter((v) => v !== null && (direction === 'higher' ? v > values[i]! : v < values[i]!)).length;
              expect(ranks[i]).toBe(better + 1);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the 2025 merger', () => {
  const capital = metric('province_fdi_total_capital_musd', { scope: 'province', kind: 'flow' });
  const occupancy = metric('occupancy_pct', { kind: 'rate', aggregate: 'wmean', weightMetric: 'kcn_industrial_land_ha' });
  const land = metric('kcn_industrial_land_ha', { higherIsBetter: null });
  const rank = metric('province_fdi_rank', { scope: 'province', kind: 'flow', higherIsBetter: false, aggregate: 'none' });
  const index = buildIndex(
    dataset(
      [
        obs({ code: '30', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 300 }),
        obs({ code: '31', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 700 }),
        obs({ code: '27', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 500 }),
        obs({ code: '24', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 250 }),
        obs({ code: '30', metric: occupancy.id, year: 2023, value: 80, asOf: '2023-12' }),
        obs({ code: '31', metric: occupancy.id, year: 2023, value: 60, asOf: '2023-12' }),
        obs({ code: '30', metric: land.id, year: 2023, value: 100, asOf: '2023-12' }),
        obs({ code: '31', metric: land.id, year: 2023, value: 300, asOf: '2023-12' }),
        obs({ code: '27', metric: occupancy.id, year: 2023, value: 90, asOf: '2023-12' }),
        obs({ code: '27', metric: land.id, year: 2023, value: 200, asOf: '2023-12' }),
        obs({ code: '30', metric: rank.id, year: 2023, period: 'FY', scope: 'province', value: 20 }),
        obs({ code: '31', metric: rank.id, year: 2023, period: 'FY', scope: 'province', value: 4 }),
      ],
      [capital, occupancy, land, rank],
    ),
  );

  test('sums are complete when every old province, inside the bloc or not, has a value', () => {
    const hp = unitValue(index, { edition: 'post2025', code: '31' }, capital.id, 2023, 'FY');
    expect(hp).toMatchObject({ value: 1000, origin: 'aggregate', partial: false });
    const bn = unitValue(index, { edition: 'post2025', code: '24' }, capital.id, 2023, 'FY');
    expect(bn).toMatchObject({ value: 750, partial: false });
  });

  test('a weighted mean uses the named weight; a missing constituent makes it partial and is named', () => {
    const hp = unitValue(index, { edition: 'post2025', code: '31' }, occupancy.id, 2023, STOCK);
    expect(hp.value).toBeCloseTo((80 * 100 + 60 * 300) / 400); // 65
    expect(hp.partial).toBe(false);
    const bn = unitValue(index, { edition: 'post2025', code: '24' }, occupancy.id, 2023, STOCK);
    expect(bn.value).toBe(90);
    expect(bn.partial).toBe(true);
    expect(bn.missingInputs).toEqual([{ edition: 'pre2025', code: '24' }]);
  });

  test('a rank does not aggregate', () => {
    const hp = unitValue(index, { edition: 'post2025', code: '31' }, rank.id, 2023, 'FY');
    expect(hp).toMatchObject({ value: null, reason: 'not-aggregable' });
  });

  test('the post2025 ranking marks partial aggregates', () => {
    const result = ranking(index, { metric: occupancy.id, year: 2023, period: STOCK, edition: 'post2025' });
    expect(result.rows.map((r) => [r.unit.code, r.partial])).toEqual([['24', true], ['31', false]]);
  });
});

describe('derived metrics, series and CAGR', () => {
  const perHa = metric('fdi_capital_per_ha', { derived: 'fdi_capital_registered_musd / kcn_operating_area_ha', aggregate: 'none' });
  const index = buildIndex(
    dataset(
      [
        obs({ code: '30', metric: 'fdi_capital_registered_musd', year: 2021, value: 4000, asOf: '2021-12' }),
        obs({ code: '30', metric: 'fdi_capital_registered_musd', year: 2024, value: 6250, asOf: '2024-12' }),
        obs({ code: '30', metric: 'kcn_operating_area_ha', year: 2024, value: 2500, asOf: '2024-10' }),
        obs({ code: '30', metric: 'fdi_capital_registered_musd', year: 2022, value: 4800, asOf: '2022-12' }),
      ],
      [metric('fdi_capital_registered_musd'), metric('kcn_operating_area_ha', { higherIsBetter: null }), perHa],
    ),
  );

  test('a derived value is computed from sourced inputs, labelled derived, with their sources', () => {
    const value = unitValue(index, { edition: 'pre2025', code: '30' }, perHa.id, 2024, STOCK);
    expect(value).toMatchObject({ value: 2.5, origin: 'derived', derived: true });
    expect(value.inputs.map((i) => i.selection?.observation.metric)).toEqual(['fdi_capital_registered_musd', 'kcn_operating_area_ha']);
    expect(unitValue(index, { edition: 'pre2025', code: '30' }, perHa.id, 2022, STOCK).value).toBeNull();
  });

  test('series leave gaps as gaps', () => {
    const result = series(index, { metric: 'fdi_capital_registered_musd', period: STOCK, units: [{ edition: 'pre2025', code: '30' }], fromYear: 2021 });
    expect(result.years).toEqual([2021, 2022, 2024]);
    expect(result.series[0].points.map((p) => p.value.value)).toEqual([4000, 4800, 6250]);
  });

  test('CAGR between two chosen years', () => {
    const result = cagr(index, { edition: 'pre2025', code: '30' }, 'fdi_capital_registered_musd', STOCK, 2021, 2024);
    expect(result.cagr).toBeCloseTo(Math.pow(6250 / 4000, 1 / 3) - 1, 10); // 16.04 %
    expect(cagr(index, { edition: 'pre2025', code: '30' }, 'fdi_capital_registered_musd', STOCK, 2020, 2024).cagr).toBeNull();
  });
});

describe('shares of the country', () => {
  test('a published national total gives each province its share; none without it', () => {
    const capital = metric('province_fdi_total_capital_musd', { scope: 'province', kind: 'flow' });
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 300 }),
          obs({ code: '31', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 700 }),
          obs({ edition: 'country', code: '00', metric: capital.id, year: 2023, period: 'FY', scope: 'province', value: 20000 }),
        ],
        [capital],
      ),
    );
    const result = ranking(index, { metric: capital.id, year: 2023, period: 'FY', edition: 'pre2025' });
    expect(result.countryTotal?.value).toBe(20000);
    expect(result.rows.find((r) => r.unit.code === '31')?.countryShare).toBeCloseTo(0.035);
    expect(ranking(index, { metric: capital.id, year: 2022, period: 'FY', edition: 'pre2025' }).countryTotal).toBeNull();
  });
});

describe('the year table', () => {
  test('lists the chosen scope first, core metrics before the others, and leaves out empty columns', async () => {
    const { yearTable } = await import('../../../src/core/analysis/table');
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'workers', year: 2023, value: 5, asOf: '2023-12' }),
          obs({ code: '30', metric: 'province_fdi_rank', year: 2023, period: 'FY', scope: 'province', value: 12 }),
          obs({ code: '31', metric: 'pci_score', year: 2023, period: 'FY', scope: 'province', value: 70 }),
          obs({ code: '31', metric: 'export_musd', year: 2022, period: 'FY', value: 9 }),
        ],
        [
          metric('workers', { core: true }),
          metric('export_musd', { kind: 'flow', core: true }),
          metric('province_fdi_rank', { scope: 'province', kind: 'flow', core: false, aggregate: 'none' }),
          metric('pci_score', { scope: 'province', kind: 'rate', core: true, aggregate: 'none' }),
        ],
      ),
    );
    expect(yearTable(index, 'pre2025', 2023, 'province').columns.map((c) => c.metric)).toEqual(['pci_score', 'province_fdi_rank', 'workers']);
    expect(yearTable(index, 'pre2025', 2023, 'zones').columns.map((c) => c.metric)).toEqual(['workers', 'pci_score', 'province_fdi_rank']);
  });
});

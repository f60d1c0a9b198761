// The rules the app applies to its view state, out of the components and tested here in Node.
import { describe, expect, test } from 'vitest';
import { switchEdition, toggleCompare } from '../../../src/core/view/selection';
import { checkAsOf, checkFromYear, checkYearPeriod, FIRST_SCREEN_SHARE, fromYearChoices, fromYearOf, latestCoveredYear, presenterMetrics, rankingPatch, resolveMetric, shownPeriod, shownYear } from '../../../src/core/view/metric';
import type { MetricCoverage } from '../../../src/core/analysis/coverage';
import { reconcileView } from '../../../src/core/view/reconcile';
import { shownLayers, toggleLayer } from '../../../src/core/view/layers';
import { sourcesOf } from '../../../src/core/analysis/provenance';
import { defaultViewState, MAX_COMPARED } from '../../../src/core/url/state';
import type { MetricDefaults } from '../../../src/core/analysis/api';
import type { UnitValue } from '../../../src/core/analysis/types';
import { metric, provinces, source } from '../analysis/fixture';
import { zone } from '../zones/fixtures';

const view = (patch = {}) => ({ ...defaultViewState(), ...patch });

describe('switching the map edition', () => {
  // Mapping both ways, the cut and the notice: compare-mapping.test.ts, on the real province list.
  test('the edition already shown: nothing to do', () => {
    expect(switchEdition(provinces, view({ province: '30' }), 'pre2025')).toBeNull();
  });

  test('pre2025 → post2025 on the small fixture: a province and the compared set go to their successors', () => {
    expect(switchEdition(provinces, view({ province: '30', compare: ['27', '30'] }), 'post2025')?.patch).toEqual({ edition: 'post2025', province: '31', compare: ['24', '31'] });
  });
});

describe('the compared set', () => {
  test(`toggles a unit, and never holds more than ${MAX_COMPARED}`, () => {
    expect(toggleCompare(['27', '31'], '31')).toEqual(['27']);
    expect(toggleCompare(['27'], '31')).toEqual(['27', '31']);
    expect(toggleCompare(['01', '27', '30', '31'], '22')).toHaveLength(MAX_COMPARED);
  });
});

describe('metric, year and period', () => {
  const metrics = [
    metric('fdi_capital_registered_musd', { core: true }),
    metric('zone_count'),
    metric('occupancy_pct', { derived: 'a/b' }),
    metric('province_fdi_total_capital_musd', { scope: 'province' }),
    metric('province_gdp', { scope: 'province', core: true }),
  ];
  const defaults: MetricDefaults = {
    metric: 'zone_count', period: 'FY', year: 2024, years: [2022, 2023, 2024], periods: ['FY', 'H1'], total: 11, complete: [11, 10, 6],
  };

  test("an unknown metric gives way to the scope's default, and says it was unknown", () => {
    expect(resolveMetric(metrics, 'nope', 'province')).toEqual({ metric: metrics[3], unknown: true });
    expect(resolveMetric(metrics, null, 'zones')).toEqual({ metric: metrics[0], unknown: false });
  });

  test('the presenter steps through the core metrics of the scope that report at least half the units in the year', () => {
    const coverage = (metric: string, complete: number[]): MetricCoverage => ({ metric, period: 'FY', total: 11, years: [2022, 2023], complete });
    const metrics2 = [...metrics, metric('fdi_new_projects', { core: true }), metric('province_pci', { scope: 'province', core: true })];
    const covered = [
      coverage('fdi_capital_registered_musd', [6, 5]), coverage('zone_count', [11, 11]), coverage('fdi_new_projects', [1, 9]),
      coverage('province_gdp', [11, 11]), coverage('province_pci', [11, 0]),
    ];
    // zone_count is not core; fdi_new_projects reports 1 of 11 in 2022; fdi_capital 5 of 11 in 2023.
    expect(presenterMetrics(metrics2, 'zones', covered, 2022)).toEqual(['fdi_capital_registered_musd']);
    expect(presenterMetrics(metrics2, 'zones', covered, 2023)).toEqual(['fdi_new_projects']);
    expect(presenterMetrics(metrics2, 'province', covered, 2023)).toEqual(['province_gdp']);
  });

  test('the first screen opens on the latest year in which at least 10 of 11 provinces have a complete value', () => {
    expect(latestCoveredYear(defaults, FIRST_SCREEN_SHARE)).toBe(2023);
    expect(shownYear(null, defaults, true)).toBe(2023);
    // A link that names the metric keeps the metric's own default; a year the metric has stays.
    expect(shownYear(null, defaults, false)).toBe(2024);
    expect(shownYear(2022, defaults, true)).toBe(2022);
    expect(latestCoveredYear({ years: [2020, 2021], complete: [7, 6], total: 7 }, FIRST_SCREEN_SHARE)).toBe(2020);
  });

  test('"latest available" applies to stocks only: with a flow it is dropped, with a notice', () => {
    expect(checkAsOf({ asof: 'latest' }, 'cumulative-to-date')).toBeNull();
    expect(checkAsOf({ asof: null }, 'FY')).toBeNull();
    expect(checkAsOf({ asof: 'latest' }, 'FY')).toEqual({ patch: { asof: null }, notices: [{ param: 'asof', value: 'latest', problem: 'asof-flow' }] });
  });

  test("another scope starts from its default metric; another metric keeps the year, not the period", () => {
    const shown = view({ scope: 'zones', year: 2023, period: 'H1' });
    expect(rankingPatch(shown, 'zone_count', { scope: 'province' })).toEqual({ scope: 'province', metric: null, year: null, period: null });
    expect(rankingPatch(shown, 'zone_count', { metric: 'fdi_capital_registered_musd' })).toEqual({ metric: 'fdi_capital_registered_musd', scope: 'zones', period: null, year: 2023 });
    // The picker offers both scopes: a metric of the other scope brings its scope along.
    expect(rankingPatch(shown, 'zone_count', { metric: 'province_gdp', scope: 'province' })).toEqual({ metric: 'province_gdp', scope: 'province', period: null, year: 2023 });
    expect(rankingPatch(shown, 'zone_count', { year: 2024 })).toEqual({ year: 2024, period: 'H1' });
  });

  test('the shown year and period: the URL\'s when the metric has data for them, else the defaults', () => {
    expect([shownYear(2023, defaults), shownYear(2019, defaults), shownYear(null, null)]).toEqual([2023, 2024, null]);
    expect([shownPeriod('H1', defaults), shownPeriod('9M', defaults)]).toEqual(['H1', 'FY']);
  });

  test('a year or period the metric has no data for: a notice each, and the default instead', () => {
    expect(checkYearPeriod({ year: 2019, period: '9M' }, 'zone_count', defaults)).toEqual({
      patch: { year: null, period: null },
      notices: [
        { param: 'year', value: '2019', problem: 'invalid' },
        { param: 'period', value: '9M', problem: 'invalid' },
      ],
    });
    expect(checkYearPeriod({ year: 2023, period: null }, 'zone_count', defaults)).toBeNull();
    // Defaults of the metric shown before: not a reason to drop the year.
    expect(checkYearPeriod({ year: 2019, period: null }, 'fdi_capital_registered_musd', defaults)).toBeNull();
  });

  test('the change views compare with the requested earlier year, else the year before', () => {
    expect(fromYearOf([2020, 2022, 2024], 2020, 2024)).toBe(2020);
    expect(fromYearOf([2020, 2022, 2024], 2024, 2024)).toBe(2022);
    expect(fromYearOf([2020, 2022, 2024], 2021, 2024)).toBe(2022);
    expect(fromYearOf([2024], null, 2024)).toBeNull();
    expect(fromYearChoices([2020, 2022, 2024], 2024)).toEqual([2022, 2020]);
  });

  test('a linked earlier year not before the year shown, or without data: a notice, and the default', () => {
    const defaults: MetricDefaults = { metric: 'zone_count', year: 2024, period: 'FY', years: [2020, 2022, 2024], periods: ['FY'], total: 11, complete: [11, 11, 11] };
    expect(checkFromYear({ from: 2022, year: null }, defaults)).toBeNull();
    expect(checkFromYear({ from: null, year: 2020 }, defaults)).toBeNull();
    // No year in the link: the latest (2024) is shown, so 2024 and later cannot be the earlier year.
    expect(checkFromYear({ from: 2024, year: null }, defaults)).toEqual({
      patch: { from: null },
      notices: [{ param: 'from', value: '2024', problem: 'from', detail: { year: '2024' } }],
    });
    expect(checkFromYear({ from: 2022, year: 2020 }, defaults)?.notices[0]).toMatchObject({ problem: 'from', detail: { year: '2020' } });
    expect(checkFromYear({ from: 2021, year: 2024 }, defaults)?.notices).toEqual([{ param: 'from', value: '2021', problem: 'invalid' }]);
  });
});

describe('a linked view against the loaded data', () => {
  const data = {
    provinces,
    zones: [zone({ id: 'hd-dai-an', aliases: ['hd-dai-an-old'] })],
    metrics: [metric('zone_count'), metric('province_gdp', { scope: 'province' })],
  };

  test('what fits is left alone', () => {
    expect(reconcileView(data, view({ zone: 'hd-dai-an', province: '30', metric: 'zone_count', scope: 'zones', compare: ['27', '30'] }))).toEqual({ patch: {}, notices: [] });
  });

  test("a zone's old id opens the zone; an unknown zone is cleared with a notice", () => {
    expect(reconcileView(data, view({ zone: 'hd-dai-an-old' })).patch).toEqual({ zone: 'hd-dai-an' });
    expect(reconcileView(data, view({ zone: 'nowhere' }))).toEqual({
      patch: { zone: null },
      notices: [{ param: 'zone', value: 'nowhere', problem: 'invalid' }],
    });
  });

  test('an old province code on the 2025 map becomes its successor; a metric brings its own scope', () => {
    const { patch, notices } = reconcileView(data, view({ edition: 'post2025', province: '30', metric: 'province_gdp', scope: 'zones' }));
    expect(patch).toEqual({ province: '31', metric: 'province_gdp', scope: 'province' });
    expect(notices.map((n) => n.problem)).toEqual(['province-mapped']);
  });

  test('compared codes the map does not know are dropped and named; outside the delta named; beyond four, the rest is counted', () => {
    expect(reconcileView(data, view({ compare: ['30', '31'] })).patch).toEqual({});
    expect(reconcileView(data, view({ compare: ['99', '30', '98'] }))).toEqual({
      patch: { compare: ['30'] },
      notices: [{ param: 'compare', value: '99,30,98', problem: 'compare-mapped', detail: { from: 'pre2025', to: 'pre2025', mapped: '', outside: '', unknown: '99,98', cut: '' } }],
    });
    // Codes repeated count once, without a notice.
    expect(reconcileView(data, view({ compare: ['30', '30', '31'] }))).toEqual({ patch: { compare: ['30', '31'] }, notices: [] });
  });

  test('an unknown metric is dropped with a notice', () => {
    expect(reconcileView(data, view({ metric: 'nope' }))).toEqual({
      patch: { metric: null, scope: 'province' },
      notices: [{ param: 'metric', value: 'nope', problem: 'invalid' }],
    });
  });
});

describe('sources of an export', () => {
  test('each publisher once, in order, from the chosen rows and from the inputs of derived values', () => {
    const chosen = (publisher: string) => ({ source: { ...source('x', 'A', publisher) } }) as unknown as UnitValue['selection'];
    const values = [
      { selection: chosen('FIA'), inputs: [] },
      { selection: null, inputs: [{ selection: chosen('GSO') }, { selection: chosen('FIA') }, { selection: null }] },
      { selection: chosen(''), inputs: [] },
    ] as unknown as UnitValue[];
    expect(sourcesOf(values)).toEqual(['FIA', 'GSO', 'Title x']);
  });
});

describe('optional map layers', () => {
  test('logistics show in the zones view unless the link says otherwise, and nowhere else by default', () => {
    expect(shownLayers({ view: 'zones', layers: null })).toEqual(['logistics']);
    expect(shownLayers({ view: 'map', layers: null })).toEqual([]);
    expect(shownLayers({ view: 'zones', layers: [] })).toEqual([]);
    expect(shownLayers({ view: 'rank', layers: ['logistics'] })).toEqual(['logistics']);
  });

  test('switching a layer writes it only when it differs from the view\'s default (short links)', () => {
    expect(toggleLayer({ view: 'zones', layers: null }, 'logistics', false)).toEqual([]);
    expect(toggleLayer({ view: 'zones', layers: [] }, 'logistics', true)).toBeNull();
    expect(toggleLayer({ view: 'map', layers: null }, 'logistics', true)).toEqual(['logistics']);
    expect(toggleLayer({ view: 'map', layers: ['logistics'] }, 'logistics', false)).toBeNull();
  });
});

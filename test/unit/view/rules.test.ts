// The rules the app applies to its view state, out of the components and tested here in Node.
import { describe, expect, test } from 'vitest';
import { switchEdition, toggleCompare } from '../../../src/core/view/selection';
import { checkYearPeriod, fromYearChoices, fromYearOf, presenterMetrics, rankingPatch, resolveMetric, shownPeriod, shownYear } from '../../../src/core/view/metric';
import { reconcileView } from '../../../src/core/view/reconcile';
import { shownLayers, toggleLayer } from '../../../src/core/view/layers';
import { sourcesOf } from '../../../src/core/analysis/provenance';
import { defaultViewState, MAX_COMPARED } from '../../../src/core/url/state';
import type { MetricDefaults } from '../../../src/core/analysis/api';
import type { UnitValue } from '../../../src/core/analysis/types';
import { metric, provinces, source } from '../analysis/fixture';
import { zone } from '../zones/fixtures';

const view = (patch = {}) => ({ ...defaultViewState(), ...patch });

describe('switching the map edition keeps the selection', () => {
  test('pre2025 → post2025: the selected province becomes its successor; compare is kept', () => {
    expect(switchEdition(provinces, view({ province: '30', compare: ['27'] }), 'post2025')).toEqual({ edition: 'post2025', province: '31', compare: ['27'] });
  });

  test('post2025 → pre2025: a merged province becomes its bloc constituents in compare', () => {
    expect(switchEdition(provinces, view({ edition: 'post2025', province: '31', compare: [] }), 'pre2025')).toEqual({
      edition: 'pre2025', province: null, compare: ['30', '31'],
    });
  });

  test('post2025 → pre2025: a single bloc constituent stays selected (Bắc Giang is outside the bloc)', () => {
    expect(switchEdition(provinces, view({ edition: 'post2025', province: '24', compare: ['31'] }), 'pre2025')).toEqual({
      edition: 'pre2025', province: '27', compare: ['31'],
    });
  });

  test('the edition already shown: nothing to do', () => {
    expect(switchEdition(provinces, view({ province: '30' }), 'pre2025')).toBeNull();
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
  const defaults: MetricDefaults = { metric: 'zone_count', period: 'FY', year: 2024, years: [2022, 2023, 2024], periods: ['FY', 'H1'] };

  test("an unknown metric gives way to the scope's default, and says it was unknown", () => {
    expect(resolveMetric(metrics, 'nope', 'province')).toEqual({ metric: metrics[3], unknown: true });
    expect(resolveMetric(metrics, null, 'zones')).toEqual({ metric: metrics[0], unknown: false });
  });

  test('the presenter steps through the sourced metrics of the scope, core first', () => {
    expect(presenterMetrics(metrics, 'zones')).toEqual(['fdi_capital_registered_musd', 'zone_count']);
    expect(presenterMetrics(metrics, 'province')).toEqual(['province_gdp', 'province_fdi_total_capital_musd']);
  });

  test("another scope starts from its default metric; another metric keeps the year, not the period", () => {
    const shown = view({ scope: 'zones', year: 2023, period: 'H1' });
    expect(rankingPatch(shown, 'zone_count', { scope: 'province' })).toEqual({ scope: 'province', metric: null, year: null, period: null });
    expect(rankingPatch(shown, 'zone_count', { metric: 'fdi_capital_registered_musd' })).toEqual({ metric: 'fdi_capital_registered_musd', period: null, year: 2023 });
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
});

describe('a linked view against the loaded data', () => {
  const data = {
    provinces,
    zones: [zone({ id: 'hd-dai-an', aliases: ['hd-dai-an-old'] })],
    metrics: [metric('zone_count'), metric('province_gdp', { scope: 'province' })],
  };

  test('what fits is left alone', () => {
    expect(reconcileView(data, view({ zone: 'hd-dai-an', province: '30', metric: 'zone_count' }))).toEqual({ patch: {}, notices: [] });
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

  test('an unknown metric is dropped with a notice', () => {
    expect(reconcileView(data, view({ metric: 'nope' }))).toEqual({
      patch: { metric: null, scope: 'zones' },
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

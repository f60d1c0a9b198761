// Plan beside achieved on the real dataset, through the bundle and the worker's API: Hải Phòng's zone FDI against
// its targets, the achieved values read from the matching observation metric, and plans kept out of everything that
// ranks, charts, sums or defaults results.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataTexts } from '../../../scripts/lib/data-files';
import { createAnalysis, type AnalysisApi } from '../../../src/core/analysis/api';
import { planKey } from '../../../src/core/analysis/plans';
import { unitsOf } from '../../../src/core/analysis/ranking';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { decodeBundle, encodeBundle } from '../../../src/core/data/bundle';
import { importTemplateCsv } from '../../../src/core/import/template';
import { datasetFromTexts } from '../../../src/core/data/load';
import type { Dataset, Edition } from '../../../src/core/data/types';

let dataset: Dataset;
let api: AnalysisApi;
/** The same data with the plans table emptied: what every result must equal. */
let withoutPlans: AnalysisApi;
const HP = { edition: 'pre2025' as const, code: '31' };
const ZONE_FDI = 'fdi_new_and_added_capital_musd';

function apiOf(ds: Dataset): AnalysisApi {
  const bytes = new TextEncoder().encode(JSON.stringify(encodeBundle(ds)));
  const analysis = createAnalysis(decodeBundle);
  analysis.load(bytes.buffer as ArrayBuffer);
  return analysis;
}

beforeAll(() => {
  dataset = datasetFromTexts(readDataTexts());
  api = apiOf(dataset);
  withoutPlans = apiOf({ ...dataset, plans: [] });
});

describe('Hải Phòng, zone FDI (new and added capital)', () => {
  it('2023: target 2,000 (of a stated 2,000–2,500), achieved 3,500, stated 175% of plan, computed 175.0%', () => {
    const c = api.planComparison(HP, ZONE_FDI, 2023, 'FY');
    expect(c.reason).toBe('');
    expect(c.target).toMatchObject({ value: 2000, unit: 'musd', range: { from: 2000, to: 2500 }, period: 'FY' });
    expect(c.target?.source?.url).toContain('media.anhp.vn');
    expect(c.achieved?.value).toBe(3500);
    expect(c.achieved?.selection?.observation.metric).toBe(ZONE_FDI);
    expect(c.stated).toMatchObject({ wording: 'pct', value: 175, percentOfPlan: 175, converted: false, partial: false });
    expect(c.computed?.percent).toBe(175);
    expect(c.disagrees).toBe(false);
    expect(c.partialRatios.map((r) => [r.period, r.value, r.planPeriod])).toEqual([['7M', 97.5, 'FY']]);
  });

  it('2024: stated 242% against a computed 4,350 ÷ 2,000 = 217.5%, marked as disagreeing', () => {
    const c = api.planComparison(HP, ZONE_FDI, 2024, 'FY');
    expect(c.target?.value).toBe(2000);
    expect(c.achieved?.value).toBe(4350);
    expect(c.stated?.percentOfPlan).toBe(242);
    expect(c.computed).toMatchObject({ percent: 217.5, range: { from: 217.5, to: 174 } });
    expect(c.disagrees).toBe(true);
  });

  it('2023 at seven months: 97.5% of the annual plan, partial, beside the 7-month value, with nothing computed', () => {
    const c = api.planComparison(HP, ZONE_FDI, 2023, '7M');
    expect(c).toMatchObject({ partial: true, achievedPeriod: '7M', computed: null, computedReason: 'period-differs' });
    expect(c.stated).toMatchObject({ value: 97.5, planPeriod: 'FY', partial: true });
    expect(c.target?.value).toBe(2000);
    expect(c.achieved?.value).toBe(1950.55);
  });

  it('lists its targets 2021–2025 and its stated ratios 2019–2024 for the plan view', () => {
    const p = api.provincePlans(HP);
    const zone = p.entries.filter((e) => e.metric === ZONE_FDI && e.period === 'FY');
    expect(zone.filter((e) => e.hasTarget).map((e) => e.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(zone.filter((e) => e.hasStated).map((e) => e.year)).toEqual([2019, 2022, 2023, 2024]);
    expect(p.entries.find((e) => e.period === 'Q2')).toMatchObject({ year: 2021, hasTarget: true });
  });
});

describe('the achieved value comes from the matching observation metric', () => {
  it('reads every compared value from an observation of the plan row’s mapped metric, never from a plan', () => {
    const observationKeys = new Set(dataset.observations.map((o) => `${o.edition}|${o.code}|${o.metric}|${o.year}|${o.period}|${o.value}|${o.sourceId}`));
    let compared = 0;
    for (const unit of new Set(dataset.plans.map((p) => `${p.edition}|${p.code}`))) {
      const [edition, code] = unit.split('|');
      for (const entry of api.provincePlans({ edition: edition as Edition, code }).entries) {
        const { achieved, target } = entry.comparison;
        const rows = dataset.plans.filter((p) => p.code === code && planKey(p) === entry.metric && p.year === entry.year);
        if (!achieved?.selection) continue;
        compared++;
        const o = achieved.selection.observation;
        expect(rows.every((r) => r.metric === o.metric), `${code} ${entry.metric} ${entry.year}`).toBe(true);
        expect(observationKeys.has(`${o.edition}|${o.code}|${o.metric}|${o.year}|${o.period}|${o.value}|${o.sourceId}`)).toBe(true);
        if (target) expect(dataset.plans.some((p) => p.sourceId === o.sourceId && p.value === o.value && p.kind === 'target' && p.code === code)).toBe(false);
      }
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });

  it('follows the curation where the observations call a metric differently: Hà Nội’s five-year plan, Hà Nam’s two-currency total', () => {
    const hanoi = api.planComparison({ edition: 'pre2025', code: '01' }, 'fdi_capital_2016_2020_musd', 2020, '2016-2020');
    expect(hanoi.stated).toMatchObject({ value: 130, period: '2016-2020', partial: false });
    expect(hanoi.achieved?.value).toBe(1700);
    expect(hanoi.stated?.row.planMetric).toBe(ZONE_FDI);
    const hanam = api.provincePlans({ edition: 'pre2025', code: '35' }).entries.find((e) => e.metric === 'total_new_and_added_capital')!;
    expect(hanam.comparison).toMatchObject({ achieved: null, computedReason: 'no-target', info: { metric: '' } });
    expect(hanam.comparison.partialRatios.map((r) => [r.period, r.value])).toEqual([['9M', 128]]);
    expect(hanam.comparison.info.labelEn).toMatch(/FDI and DDI/);
  });

  it('converts Vĩnh Phúc’s "42% above plan" to 142% and finds it agrees with 425.9 ÷ 300', () => {
    const c = api.planComparison({ edition: 'pre2025', code: '26' }, ZONE_FDI, 2022, 'FY');
    expect(c.stated).toMatchObject({ wording: 'excess_pct', value: 42, percentOfPlan: 142, converted: true });
    expect(c.computed).toMatchObject({ percent: 142, qualifier: 'approx' });
    expect(c.disagrees).toBe(false);
  });
});

describe('provinces without plans', () => {
  it('Ninh Bình has no published target and says so; a merged 2025 province takes none of its predecessors’', () => {
    expect(api.provincePlans({ edition: 'pre2025', code: '37' })).toMatchObject({ reason: 'no-plans-for-unit', entries: [] });
    expect(api.planComparison({ edition: 'pre2025', code: '37' }, ZONE_FDI, 2023, 'FY')).toMatchObject({ reason: 'no-plans-for-unit', target: null });
    expect(api.provincePlans({ edition: 'post2025', code: '31' })).toMatchObject({ reason: 'merged-unit', entries: [] });
    // Quảng Ninh kept its territory in 2025: the same plans.
    const qn = api.provincePlans({ edition: 'post2025', code: '22' });
    expect(qn.reason).toBe('');
    expect(qn.entries.length).toBe(api.provincePlans({ edition: 'pre2025', code: '22' }).entries.length);
  });
});

describe('no plan row enters the results', () => {
  const keysOf = () => [...new Set(dataset.plans.filter((p) => p.metric).map((p) => `${p.metric}|${p.year}|${p.achievedPeriod}`))].map((k) => {
    const [metric, year, period] = k.split('|');
    return { metric, year: Number(year), period };
  });

  it('rankings, region totals and series are what the observations alone give', () => {
    const keys = keysOf();
    expect(keys.length).toBeGreaterThan(30);
    for (const edition of ['pre2025', 'post2025'] as const) {
      for (const { metric, year, period } of keys) {
        expect(api.ranking({ metric, year, period, edition }), `${metric} ${year} ${period} ${edition}`).toEqual(withoutPlans.ranking({ metric, year, period, edition }));
      }
    }
    const units = unitsOf(buildIndex(dataset), 'pre2025');
    for (const metric of new Set(keys.map((k) => k.metric))) {
      expect(api.series({ metric, period: 'FY', units })).toEqual(withoutPlans.series({ metric, period: 'FY', units }));
    }
  });

  it('a target with no achieved figure leaves the ranking row and the series point empty (Bắc Ninh’s 2020 export target)', () => {
    const bn = { edition: 'pre2025' as const, code: '27' };
    expect(dataset.plans.some((p) => p.code === '27' && p.metric === 'export_musd' && p.year === 2020 && p.value === 36000)).toBe(true);
    const row = api.ranking({ metric: 'export_musd', year: 2020, period: 'FY', edition: 'pre2025' }).rows.find((r) => r.unit.code === '27');
    expect(row?.value).toBeNull();
    const point = api.series({ metric: 'export_musd', period: 'FY', units: [bn] }).series[0].points.find((p) => p.year === 2020);
    expect(point?.value.value ?? null).toBeNull();
    expect(api.value(bn, 'export_musd', 2020, 'FY').value).toBeNull();
  });

  it('default years, the data table and the import’s metric list know nothing of plans', () => {
    for (const metric of new Set([...keysOf().map((k) => k.metric), ...dataset.planMetrics.map((m) => m.id)])) {
      for (const edition of ['pre2025', 'post2025'] as const) expect(api.defaults(metric, edition)).toEqual(withoutPlans.defaults(metric, edition));
    }
    for (const year of [2018, 2020, 2023, 2025]) expect(api.yearTable('pre2025', year)).toEqual(withoutPlans.yearTable('pre2025', year));
    // The plans' own ids (no such series in the observations), the ratio-only combined total among them.
    const planOnly = dataset.planMetrics.filter((m) => !dataset.metrics.some((x) => x.id === m.id)).map((m) => m.id);
    expect(planOnly).toEqual(expect.arrayContaining(['workers_new_jobs', 'kcn_land_leased_new_ha', 'total_new_and_added_capital']));
    const dictionary = importTemplateCsv(dataset.metrics, dataset.provinces, 'en').metrics.text;
    for (const id of planOnly) expect(dictionary).not.toMatch(new RegExp(`^${id},`, 'm'));
    expect(dictionary).not.toMatch(/_plan_/);
    expect(dataset.observations.some((o) => /_plan_/.test(o.metric) || planOnly.includes(o.metric))).toBe(false);
  });
});

// Plan rows for the hand-made dataset (fixture.ts): targets and stated ratios, and the core's answers on them.
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { buildPlanIndex, planComparison, planTrend, provincePlans } from '../../../src/core/analysis/plans';
import type { Observation, PlanMetric, PlanRow } from '../../../src/core/data/types';
import { dataset, metric, obs } from './fixture';

let n = 0;
export const plan = (patch: Partial<PlanRow> & Pick<PlanRow, 'code' | 'year' | 'kind' | 'value'>): PlanRow => {
  const period = patch.period ?? 'FY';
  return {
    id: `p-${++n}`, edition: 'pre2025', period, planPeriod: period, scope: 'zones', planMetric: 'fdi', wording: '', metric: 'fdi',
    achievedPeriod: period, unit: patch.kind === 'target' ? 'musd' : 'pct', rangeTo: null, sourceId: 's-b1', asOf: '', flags: [], note: '',
    ...patch,
  };
};
export const target = (code: string, year: number, value: number, patch: Partial<PlanRow> = {}) => plan({ code, year, kind: 'target', value, ...patch });
export const ratio = (code: string, year: number, wording: PlanRow['wording'], value: number, patch: Partial<PlanRow> = {}) =>
  plan({ code, year, kind: 'achievement', wording, value, unit: wording === 'times' ? 'times' : 'pct', ...patch });
export const flow = (code: string, year: number, value: number, patch = {}) => obs({ code, metric: 'fdi', year, value, period: 'FY', ...patch });

export const fdiMetric = metric('fdi', { kind: 'flow', unit: 'musd', labelVi: 'Vốn FDI', labelEn: 'FDI capital', unitVi: 'triệu USD', unitEn: 'million USD' });

/** The core's plan questions on a dataset of the given plans and observations (by default Hải Phòng's 2023 and 2024 results). */
export function setup(plans: PlanRow[], observations: Observation[] = [flow('31', 2023, 3500), flow('31', 2024, 4350)], planMetrics: PlanMetric[] = []) {
  const ds = { ...dataset(observations, [fdiMetric]), plans, planMetrics };
  const index = buildIndex(ds);
  const plansIndex = buildPlanIndex(ds);
  return {
    dataset: ds,
    compare: (code: string, year: number, period = 'FY', metricId = 'fdi') => planComparison(index, plansIndex, { edition: 'pre2025', code }, metricId, year, period),
    province: (code: string, edition: 'pre2025' | 'post2025' = 'pre2025') => provincePlans(index, plansIndex, { edition, code }),
    trend: (codes: string[], metricId = 'fdi', period = 'FY') => planTrend(index, plansIndex, codes.map((code) => ({ edition: 'pre2025' as const, code })), metricId, period),
  };
}

/** Hải Phòng's zone FDI as in the data, on the small dataset: ranges, a stated 175% that agrees and a 242% that does not. */
export const haiPhong = () =>
  setup(
    [
      ratio('31', 2019, 'excess_pct', 2.7),
      target('31', 2021, 2500, { rangeTo: 3000 }),
      target('31', 2022, 2500),
      ratio('31', 2022, 'pct', 44, { period: 'H1', planPeriod: 'FY', achievedPeriod: 'H1', flags: ['approx'] }),
      target('31', 2023, 2000, { rangeTo: 2500 }),
      ratio('31', 2023, 'pct', 175),
      ratio('31', 2023, 'pct', 97.5, { period: '7M', planPeriod: 'FY', achievedPeriod: '7M' }),
      target('31', 2024, 2000, { rangeTo: 2500 }),
      ratio('31', 2024, 'pct', 242),
      target('31', 2025, 3000, { rangeTo: 3500 }),
    ],
    [flow('31', 2019, 1430), flow('31', 2021, 2960), flow('31', 2022, 2500), flow('31', 2023, 3500), flow('31', 2024, 4350), flow('30', 2023, 900)],
  );

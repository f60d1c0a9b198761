// The rules of showing a plan beside its result (issue 16 §2–3), without words or pixels: what the province panel's
// plan line shows and the attributes it carries (CONTRACTS.md), which provinces have plans at all, and the plan view's
// groups. The numbers themselves come from core/analysis/plans.ts; nothing here computes a ratio.
import type { Edition, PlanRow, Province } from '../data/types';
import type { PlanComparison, PlanEntry, PlanMetricInfo, ProvincePlans } from '../analysis/plans';
import { constituentsOf } from '../provinces';

/** `[data-testid="plan"]`'s attributes: raw numbers in the metric's unit (the ratios in % of plan), empty when missing. */
export interface PlanAttributes {
  'data-target': string;
  'data-achieved': string;
  /** The stated ratio as a percentage of plan: "x% above plan" and "x-fold" converted (see `data-stated-wording`). */
  'data-stated-pct': string;
  /** `pct`, `excess_pct` or `times`: how the source worded the ratio in `data-stated-value`. */
  'data-stated-wording': string;
  'data-stated-value': string;
  'data-computed-pct': string;
  'data-disagrees': 'true' | 'false';
  'data-partial': 'true' | 'false';
  /** Why there is no plan ('' when there is one): `no-plans-for-unit`, `no-plan-for-metric-year`, `merged-unit`. */
  'data-reason': string;
}

const raw = (value: number | null | undefined): string => (value === null || value === undefined || !Number.isFinite(value) ? '' : String(value));

export function planAttributes(c: PlanComparison): PlanAttributes {
  const achieved = c.achieved?.value ?? null;
  return {
    'data-target': raw(c.target?.value),
    'data-achieved': raw(achieved),
    'data-stated-pct': raw(c.stated?.percentOfPlan),
    'data-stated-wording': c.stated?.wording ?? '',
    'data-stated-value': raw(c.stated?.value),
    'data-computed-pct': raw(c.computed?.percent),
    'data-disagrees': c.disagrees ? 'true' : 'false',
    'data-partial': c.partial || c.stated?.partial ? 'true' : 'false',
    'data-reason': c.reason,
  };
}

/**
 * Why no ratio is computed where the reader might expect one: a target and a result are both shown but cannot be
 * divided (different periods, an incomplete result, a plan whose period is unclear…). Empty when a ratio is computed,
 * or when the missing target or result already says it.
 */
export function computedGap(c: PlanComparison): PlanComparison['computedReason'] {
  if (c.computed || !c.target) return '';
  return c.computedReason === 'no-metric' || c.computedReason === 'no-achieved' ? '' : c.computedReason;
}

/** A plan line has something to show: a target, a stated ratio or one stated part-way. */
export const hasPlan = (c: PlanComparison): boolean => c.reason === '' && (c.target !== null || c.stated !== null || c.partialRatios.length > 0);

/**
 * The region's provinces of an edition with a published plan, as the core reads them (an unchanged 2025 province
 * keeps its predecessor's plans; a merged one has none of its own).
 */
export function provincesWithPlans(plans: readonly Pick<PlanRow, 'edition' | 'code'>[], provinces: readonly Province[], region: readonly Province[], edition: Edition): Province[] {
  const own = new Set(plans.map((p) => `${p.edition}|${p.code}`));
  return region.filter((province) => {
    if (own.has(`${edition}|${province.code}`)) return true;
    if (edition !== 'post2025') return false;
    const predecessors = constituentsOf(provinces, province.code);
    return predecessors.length === 1 && own.has(`pre2025|${predecessors[0].code}`);
  });
}

export interface PlanGroup {
  metric: PlanMetricInfo;
  /** Every plan of the metric, by year then period (annual plans, quarters, five-year plans, end-of-year stocks). */
  entries: PlanEntry[];
  /** Years whose annual plan can be read against an annual result: a target and an achieved value. */
  compared: number;
}

const comparable = (e: PlanEntry): boolean => e.hasTarget && e.comparison.achieved?.value != null && !e.comparison.partial;

/** The plan view's groups, one per metric: those with the most years of plan beside result first, then as the core orders them. */
export function planGroups(plans: ProvincePlans): PlanGroup[] {
  const groups = plans.metrics.map((metric, order) => {
    const entries = plans.entries.filter((e) => e.metric === metric.id);
    const compared = entries.filter((e) => e.period === 'FY' && comparable(e)).length;
    const stated = entries.filter((e) => e.hasStated).length;
    return { metric, entries, compared, rank: [compared, stated, -order] };
  });
  groups.sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || b.rank[2] - a.rank[2]);
  return groups.map(({ metric, entries, compared }) => ({ metric, entries, compared }));
}

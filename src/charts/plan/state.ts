// The plan view's chart of one metric, without layout: for each year of its annual plans, the achieved value as a
// bar and the target as a mark (a stated range as a band), labelled with the ratio (the one the source stated, else
// the one the app computed; both where they disagree). Only annual plans against annual results are drawn: quarters,
// five-year plans and end-of-year stocks stay in the table beside it.
import type { UnitValue } from '../../core/analysis/types';
import type { PlanEntry, StatedRatio } from '../../core/analysis/plans';
import type { Qualifier } from '../../core/analysis/qualifier';
import type { PlanGroup } from '../../core/view/plans';

export const ANNUAL = 'FY';

export interface PlanYear {
  year: number;
  entry: PlanEntry | null;
  /** The achieved value of the whole year, when the data has one. */
  achieved: UnitValue | null;
  target: { value: number; rangeTo: number | null; qualifier: Qualifier } | null;
  /** The ratio stated for the whole year (never one stated part-way). */
  stated: StatedRatio | null;
  computed: { percent: number; qualifier: Qualifier } | null;
  /** Stated and computed differ by more than a rounding: both shown, marked. */
  disagrees: boolean;
}

export interface PlanChartState {
  metric: string;
  years: PlanYear[];
  /** [0, max] over achieved values and targets (a range's upper end included). */
  valueDomain: [number, number];
}

/** The chart of a group, or null when no year has both an annual target and an annual result (then: the table alone). */
export function planChartState(group: PlanGroup): PlanChartState | null {
  const annual = group.entries.filter((e) => e.period === ANNUAL);
  const placed = annual.map((entry): PlanYear => {
    const c = entry.comparison;
    const achieved = c.achieved && c.achieved.value !== null && !c.achieved.partial ? c.achieved : null;
    const stated = c.stated && !c.stated.partial ? c.stated : null;
    return {
      year: entry.year,
      entry,
      achieved,
      target: c.target ? { value: c.target.value, rangeTo: c.target.range?.to ?? null, qualifier: c.target.qualifier } : null,
      stated,
      computed: c.computed ? { percent: c.computed.percent, qualifier: c.computed.qualifier } : null,
      disagrees: c.disagrees,
    };
  });
  if (!placed.some((y) => y.achieved && y.target)) return null;
  const first = Math.min(...placed.map((y) => y.year));
  const last = Math.max(...placed.map((y) => y.year));
  // Every calendar year between the first and the last: a year without a plan shows as a gap, not as nothing.
  const years: PlanYear[] = [];
  for (let year = first; year <= last; year++) {
    years.push(placed.find((y) => y.year === year) ?? { year, entry: null, achieved: null, target: null, stated: null, computed: null, disagrees: false });
  }
  const values = years.flatMap((y) => [y.achieved?.value ?? 0, y.target?.value ?? 0, y.target?.rangeTo ?? 0]);
  return { metric: group.metric.id, years, valueDomain: [0, Math.max(0, ...values)] };
}

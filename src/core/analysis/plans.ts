// Plan beside achieved: a board's or province's own target and the ratio it stated, next to the achieved value the
// engine chooses by its usual rules, and the ratio the app computes from the two (labelled computed). Plans are their
// own kind of row (data/plans.csv): nothing here feeds a ranking, a series, a total or a default year, and no achieved
// value is ever read from a plan row.
import type { Dataset, PlanMetric, PlanRow, PlanWording, Source } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { difference, qualifierOfFlags, type Qualifier } from './qualifier';
import { STOCK_PERIOD, type UnitRef, type UnitValue } from './types';
import { unitValue } from './values';

/** Periods that are a part of a year: a ratio stated at one is measured against the annual plan. */
const PART_OF_YEAR = /^(H1|Q[1-4]|(?:[1-9]|1[01])M)$/;
const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };
/** Two targets from different publishers more than this apart (relative) are contested, as values are. */
const CONTEST_TOLERANCE = 0.005;

export interface PlanIndex {
  /** Rows by `edition|code`. */
  byUnit: Map<string, PlanRow[]>;
  planMetrics: Map<string, PlanMetric>;
}

export function buildPlanIndex(dataset: Pick<Dataset, 'plans' | 'planMetrics'>): PlanIndex {
  const byUnit = new Map<string, PlanRow[]>();
  for (const row of dataset.plans) {
    const key = `${row.edition}|${row.code}`;
    let list = byUnit.get(key);
    if (!list) byUnit.set(key, (list = []));
    list.push(row);
  }
  return { byUnit, planMetrics: new Map(dataset.planMetrics.map((m) => [m.id, m])) };
}

/** The metric a plan row is shown and compared under: the observation metric it maps to, else its own id. */
export const planKey = (row: PlanRow): string => row.metric || row.planMetric;

/** A stated ratio as a percentage of the plan: "x% of plan" is x, "x% above plan" 100 + x, "x-fold" 100·x. */
export function percentOfPlan(wording: Exclude<PlanWording, ''>, value: number): number {
  const percent = wording === 'pct' ? value : wording === 'excess_pct' ? 100 + value : 100 * value;
  return Math.round(percent * 1e9) / 1e9;
}

/** Half a unit of the last decimal a ratio is stated with, in percentage points of plan (a rounding). */
export function statedRounding(wording: Exclude<PlanWording, ''>, value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return (wording === 'times' ? 100 : 1) * 0.5 * 10 ** -decimals;
}

/** A plan row as shown: the row, its source and its mark (a lower bound, an approximation). */
export interface PlanFigure {
  row: PlanRow;
  source: Source | null;
  qualifier: Qualifier;
}

export interface PlanTarget extends PlanFigure {
  /** In the metric's unit; for a stated range, its lower end. */
  value: number;
  unit: string;
  /** A stated range ("2–2,5 tỷ USD"): the stored value is its lower end. */
  range: { from: number; to: number } | null;
  /** The plan's period: `FY`, `Q2`, `H1`, `2016-2020`, `cumulative-to-date` (with `row.asOf`). */
  period: string;
  /** Targets for the same metric, year and period from other sources. */
  others: PlanFigure[];
  /** Another publisher states a different target. */
  contested: boolean;
}

export interface StatedRatio extends PlanFigure {
  wording: Exclude<PlanWording, ''>;
  /** As worded: `excess_pct` 42 is "42% above plan", `times` 4.5 is "4.5-fold". */
  value: number;
  /** Converted to a percentage of the plan (142, 450); `converted` says whether that took a conversion. */
  percentOfPlan: number;
  converted: boolean;
  /** When it was measured (`7M`) and the plan it is measured against (`FY`). */
  period: string;
  planPeriod: string;
  /** Measured part-way through the plan's period (at 7 or 10 months against the annual plan). */
  partial: boolean;
}

export interface ComputedRatio {
  /** Achieved ÷ target × 100, one decimal. */
  percent: number;
  exact: number;
  /** Approximate when the target is a lower bound or an approximation, a lower bound when the achieved value is. */
  qualifier: Qualifier;
  /** For a target stated as a range: the ratio against its upper end (`to`) and its lower end (`from`, = percent). */
  range: { from: number; to: number } | null;
}

export type PlanReason = '' | 'no-plans-for-unit' | 'no-plan-for-metric-year' | 'merged-unit';
/** Why there is no computed ratio. */
export type ComputedReason =
  | '' | 'no-target' | 'no-metric' | 'no-achieved' | 'achieved-incomplete' | 'period-differs' | 'target-period-ambiguous'
  | 'before-target-date' | 'zero-target';

/**
 * The metric a plan is shown under, as a plan metric: `id` is the observation metric, or the plan's own id when the
 * observations have none (`metric` then empty, labels from data/curation/plan-metrics.csv).
 */
export type PlanMetricInfo = PlanMetric;

export interface PlanComparison {
  unit: UnitRef;
  metric: string;
  year: number;
  /** The period asked for: a plan's period (`FY`) or one a ratio was measured at (`7M`). */
  period: string;
  /** '' when the unit has a plan row for the metric and year; otherwise why there is none. */
  reason: PlanReason;
  info: PlanMetricInfo;
  target: PlanTarget | null;
  /** The engine's value for the metric, year and period (never from a plan row), with its provenance. */
  achieved: UnitValue | null;
  achievedPeriod: string;
  stated: StatedRatio | null;
  /** The same ratio from other sources, compared as a percentage of plan (after conversion). */
  statedOthers: { ratio: StatedRatio; relation: 'agrees' | 'contested' }[];
  /** For a whole-period comparison: the ratios stated part-way through it (7M, 10M), earliest first. */
  partialRatios: StatedRatio[];
  /** The achieved value asked for covers only part of the plan's period. */
  partial: boolean;
  computed: ComputedRatio | null;
  computedReason: ComputedReason;
  /** Stated and computed differ by more than a rounding (and outside a stated range): show both, marked. */
  disagrees: boolean;
}

export interface PlanEntry {
  metric: string;
  year: number;
  /** The plan's period (`FY`, `Q2`, `2016-2020`…): ratios measured part-way are in its `partialRatios`. */
  period: string;
  hasTarget: boolean;
  /** A ratio stated for the whole period or part-way through it. */
  hasStated: boolean;
  comparison: PlanComparison;
}

export interface ProvincePlans {
  unit: UnitRef;
  reason: '' | 'no-plans-for-unit' | 'merged-unit';
  years: number[];
  metrics: PlanMetricInfo[];
  /** One per metric, year and plan period, by metric then year; every plan row of the unit is in exactly one. */
  entries: PlanEntry[];
}

export interface PlanTrend {
  metric: string;
  period: string;
  series: { unit: UnitRef; points: PlanEntry[] }[];
}

/** A unit's plan rows: its own, or for an unchanged 2025 province (one predecessor) the same territory's. */
function rowsOf(index: DatasetIndex, plans: PlanIndex, unit: UnitRef): { rows: PlanRow[]; reason: ProvincePlans['reason'] } {
  const own = plans.byUnit.get(`${unit.edition}|${unit.code}`) ?? [];
  if (unit.edition === 'post2025' && own.length === 0) {
    const predecessors = index.constituents.get(unit.code) ?? [];
    // A merged province has no target of its own; its predecessors' targets were set for other territories.
    if (predecessors.length > 1) {
      const any = predecessors.some((p) => (plans.byUnit.get(`pre2025|${p.code}`) ?? []).length > 0);
      return { rows: [], reason: any ? 'merged-unit' : 'no-plans-for-unit' };
    }
    if (predecessors.length === 1) {
      const rows = plans.byUnit.get(`pre2025|${predecessors[0].code}`) ?? [];
      return { rows, reason: rows.length ? '' : 'no-plans-for-unit' };
    }
  }
  return { rows: own, reason: own.length ? '' : 'no-plans-for-unit' };
}

function figure(index: DatasetIndex, row: PlanRow): PlanFigure {
  return { row, source: index.sources.get(row.sourceId) ?? null, qualifier: qualifierOfFlags(row.flags) };
}

/** Best first: trust tier, then the latest publication, then the id (stable). */
function byTrust(index: DatasetIndex) {
  return (a: PlanRow, b: PlanRow): number => {
    const sa = index.sources.get(a.sourceId);
    const sb = index.sources.get(b.sourceId);
    return (
      (TIER_ORDER[sa?.tier ?? 'C'] ?? 2) - (TIER_ORDER[sb?.tier ?? 'C'] ?? 2) ||
      (sb?.date ?? '').localeCompare(sa?.date ?? '') ||
      a.id.localeCompare(b.id)
    );
  };
}

function publisherOf(figure: PlanFigure): string {
  return (figure.source?.publisher || figure.row.sourceId).toLowerCase();
}

function statedRatio(index: DatasetIndex, row: PlanRow): StatedRatio {
  const wording = row.wording as Exclude<PlanWording, ''>;
  return {
    ...figure(index, row),
    wording,
    value: row.value,
    percentOfPlan: percentOfPlan(wording, row.value),
    converted: wording !== 'pct',
    period: row.period,
    planPeriod: row.planPeriod,
    partial: row.period !== row.planPeriod,
  };
}

function target(index: DatasetIndex, rows: PlanRow[]): PlanTarget | null {
  if (rows.length === 0) return null;
  const [chosen, ...rest] = [...rows].sort(byTrust(index));
  const main = figure(index, chosen);
  const others = rest.map((row) => figure(index, row));
  const contested = others.some((o) => {
    const scale = Math.max(Math.abs(o.row.value), Math.abs(chosen.value));
    return publisherOf(o) !== publisherOf(main) && scale > 0 && Math.abs(o.row.value - chosen.value) / scale > CONTEST_TOLERANCE;
  });
  return {
    ...main,
    value: chosen.value,
    unit: chosen.unit,
    range: chosen.rangeTo !== null ? { from: chosen.value, to: chosen.rangeTo } : null,
    period: chosen.period,
    others,
    contested,
  };
}

export function planMetricInfo(index: DatasetIndex, plans: PlanIndex, id: string): PlanMetricInfo {
  const metric = index.metrics.get(id);
  if (metric) {
    return { id, metric: id, labelVi: metric.labelVi, labelEn: metric.labelEn, unit: metric.unit, unitVi: metric.unitVi, unitEn: metric.unitEn };
  }
  const own = plans.planMetrics.get(id);
  return {
    id, metric: '', labelVi: own?.labelVi || id, labelEn: own?.labelEn || id, unit: own?.unit ?? '', unitVi: own?.unitVi ?? '', unitEn: own?.unitEn ?? '',
  };
}

function computeRatio(target: PlanTarget, achieved: UnitValue): ComputedRatio {
  const value = achieved.value as number;
  const exact = (value / target.value) * 100;
  return {
    percent: Math.round(exact * 10) / 10,
    exact,
    // A ratio of an achieved lower bound to an exact plan is a lower bound; a marked plan moves it either way.
    qualifier: difference(achieved.qualifier, target.qualifier),
    range: target.range ? { from: Math.round(exact * 10) / 10, to: Math.round((value / target.range.to) * 1000) / 10 } : null,
  };
}

/**
 * Stated and computed disagree when the stated percentage of plan lies outside what the figures allow, widened by
 * the rounding of the stated ratio: a range target allows anything between the ratios against its two ends; a target
 * stated as a lower bound allows anything below the computed ratio; an achieved lower bound anything above it.
 * Approximations are not widened: their marks are shown beside both numbers.
 */
export function ratiosDisagree(stated: StatedRatio, computed: ComputedRatio, target: PlanTarget, achieved: UnitValue): boolean {
  let low = computed.range ? computed.exact * (target.value / (target.range as { to: number }).to) : computed.exact;
  let high = computed.exact;
  if (target.qualifier === 'lower-bound') low = 0;
  if (achieved.qualifier === 'lower-bound') high = Infinity;
  const tolerance = statedRounding(stated.wording, stated.value);
  return stated.percentOfPlan < low - tolerance || stated.percentOfPlan > high + tolerance;
}

function monthsOf(period: string): number {
  if (period === 'H1') return 6;
  const m = /^(\d+)M$/.exec(period);
  if (m) return Number(m[1]);
  const q = /^Q([1-4])$/.exec(period);
  return q ? Number(q[1]) * 3 : 12;
}

/**
 * The plan for a unit, metric and year: `period` is a plan's period (`FY`: the target, the achieved value of the
 * year and the ratio stated for it, with the ratios stated part-way listed) or the period a ratio was measured at
 * (`7M`: the ratio, the 7-month value and the annual target it is measured against; no computed ratio, as the
 * periods differ).
 */
export function planComparison(index: DatasetIndex, plans: PlanIndex, unit: UnitRef, metric: string, year: number, period: string): PlanComparison {
  const { rows: unitRows, reason: unitReason } = rowsOf(index, plans, unit);
  const rows = unitRows.filter((r) => planKey(r) === metric && r.year === year);
  const matches = (r: PlanRow) => r.period === period || r.achievedPeriod === period;
  const trust = byTrust(index);
  const statedRows = rows.filter((r) => r.kind === 'achievement' && matches(r)).sort(trust);
  const targetsHere = rows.filter((r) => r.kind === 'target' && matches(r)).sort(trust);
  const planPeriod = statedRows[0]?.planPeriod ?? (targetsHere.length ? targetsHere[0].period : PART_OF_YEAR.test(period) ? 'FY' : period);
  const chosenTarget = target(index, rows.filter((r) => r.kind === 'target' && r.period === planPeriod));
  const stated = statedRows.length ? statedRatio(index, statedRows[0]) : null;
  const statedOthers = statedRows.slice(1).map((row) => {
    const ratio = statedRatio(index, row);
    const apart = stated && Math.abs(ratio.percentOfPlan - stated.percentOfPlan) > statedRounding(ratio.wording, ratio.value) + statedRounding(stated.wording, stated.value);
    return { ratio, relation: apart ? ('contested' as const) : ('agrees' as const) };
  });
  const partialRatios = planPeriod === period
    ? rows
      .filter((r) => r.kind === 'achievement' && r.planPeriod === period && r.period !== period)
      .sort((a, b) => monthsOf(a.period) - monthsOf(b.period) || trust(a, b))
      .map((row) => statedRatio(index, row))
    : [];

  const info = planMetricInfo(index, plans, metric);
  const achievedMetric = rows.find((r) => r.metric)?.metric ?? info.metric;
  const achievedPeriod = statedRows[0]?.achievedPeriod || targetsHere[0]?.achievedPeriod || period;
  const achieved = achievedMetric ? unitValue(index, unit, achievedMetric, year, achievedPeriod) : null;

  let computedReason: ComputedReason = '';
  if (!chosenTarget) computedReason = 'no-target';
  else if (!achievedMetric) computedReason = 'no-metric';
  else if (!achieved || achieved.value === null) computedReason = 'no-achieved';
  else if (achieved.partial) computedReason = 'achieved-incomplete';
  else if (chosenTarget.row.flags.includes('period-ambiguous')) computedReason = 'target-period-ambiguous';
  else if (achievedPeriod !== (chosenTarget.row.achievedPeriod || chosenTarget.period)) computedReason = 'period-differs';
  else if (achievedPeriod === STOCK_PERIOD && chosenTarget.row.asOf && achieved.asOf.slice(0, 7) < chosenTarget.row.asOf.slice(0, 7)) {
    // A stock measured before the date the target is set for (mid-year occupancy against an end-of-year goal).
    computedReason = 'before-target-date';
  } else if (chosenTarget.value === 0) computedReason = 'zero-target';
  const computed = computedReason === '' && chosenTarget && achieved ? computeRatio(chosenTarget, achieved) : null;
  const disagrees = Boolean(stated && !stated.partial && computed && chosenTarget && achieved && ratiosDisagree(stated, computed, chosenTarget, achieved));

  return {
    unit,
    metric,
    year,
    period,
    reason: unitReason || (rows.length === 0 ? 'no-plan-for-metric-year' : ''),
    info,
    target: chosenTarget,
    achieved,
    achievedPeriod,
    stated,
    statedOthers,
    partialRatios,
    partial: (chosenTarget !== null || stated !== null) && planPeriod !== period && !(stated && !stated.partial),
    computed,
    computedReason,
    disagrees,
  };
}

/** Every metric and year a unit has a target or a stated ratio for (a plan-vs-achieved panel), or why none. */
export function provincePlans(index: DatasetIndex, plans: PlanIndex, unit: UnitRef): ProvincePlans {
  const { rows, reason } = rowsOf(index, plans, unit);
  const keys = new Map<string, { metric: string; year: number; period: string }>();
  for (const row of rows) {
    const period = row.kind === 'target' ? row.period : row.planPeriod;
    keys.set(`${planKey(row)}|${row.year}|${period}`, { metric: planKey(row), year: row.year, period });
  }
  const entries = [...keys.values()]
    .sort((a, b) => a.metric.localeCompare(b.metric) || a.year - b.year || monthsOf(a.period) - monthsOf(b.period) || a.period.localeCompare(b.period))
    .map(({ metric, year, period }) => {
      const comparison = planComparison(index, plans, unit, metric, year, period);
      return {
        metric, year, period, comparison,
        hasTarget: comparison.target !== null,
        hasStated: comparison.stated !== null || comparison.partialRatios.length > 0,
      };
    });
  const metricIds = [...new Set(entries.map((e) => e.metric))];
  return {
    unit,
    reason,
    years: [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b),
    metrics: metricIds.map((id) => planMetricInfo(index, plans, id)),
    entries,
  };
}

/** The plans of several units for one metric and period, by year (target marks on a trend line). */
export function planTrend(index: DatasetIndex, plans: PlanIndex, units: UnitRef[], metric: string, period: string): PlanTrend {
  return {
    metric,
    period,
    series: units.map((unit) => ({
      unit,
      points: provincePlans(index, plans, unit).entries.filter((e) => e.metric === metric && e.period === period),
    })),
  };
}

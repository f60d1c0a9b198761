// Target marks on the trend lines (issue 16 §2), without pixels, then placed: the published targets of the
// highlighted units for the chart's metric and period, each beside the line of the value it plans. Fed by its own
// query (planTrend), so the trend's own state and layout are unchanged; the value axis only grows to hold the marks.
import type { ScaleLinear } from 'd3-scale';
import type { PlanEntry, PlanTrend } from '../../core/analysis/plans';
import type { Qualifier } from '../../core/analysis/qualifier';
import { valueScale, yearScale, type Plot } from '../shared/axes';
import type { TrendState } from './state';

export interface TargetMark {
  code: string;
  name: string;
  colorIndex: number | null;
  year: number;
  /** The target in the metric's unit (a stated range's lower end), and the range's upper end. */
  value: number;
  rangeTo: number | null;
  qualifier: Qualifier;
  /** Within the chart's years (a plan for a year without results yet is listed, not drawn). */
  inAxis: boolean;
  entry: PlanEntry;
}

/** The highlighted units' targets for the chart's metric and period, by unit (in the chart's order) then year. */
export function trendTargets(plans: PlanTrend, state: TrendState): TargetMark[] {
  if (plans.metric !== state.metric || plans.period !== state.period || !state.years.length) return [];
  const first = Math.min(...state.years);
  const last = Math.max(...state.years);
  const highlighted = state.series.filter((s) => s.highlighted);
  return highlighted.flatMap((series) => {
    const points = plans.series.find((p) => p.unit.code === series.code)?.points ?? [];
    return points
      .filter((entry) => entry.hasTarget && entry.comparison.target)
      .map((entry): TargetMark => {
        const target = entry.comparison.target!;
        return {
          code: series.code,
          name: series.name,
          colorIndex: series.colorIndex,
          year: entry.year,
          value: target.value,
          rangeTo: target.range?.to ?? null,
          qualifier: target.qualifier,
          inAxis: entry.year >= first && entry.year <= last,
          entry,
        };
      })
      .sort((a, b) => a.year - b.year);
  });
}

/** The trend state with its value axis grown to hold the drawn marks (a range's upper end included). */
export function withTargetDomain(state: TrendState, marks: readonly TargetMark[]): TrendState {
  const drawn = marks.filter((m) => m.inAxis);
  if (!state.valueDomain || !drawn.length) return state;
  const high = Math.max(state.valueDomain[1], ...drawn.map((m) => m.rangeTo ?? m.value));
  return high === state.valueDomain[1] ? state : { ...state, valueDomain: [state.valueDomain[0], high] };
}

export interface PlacedTarget {
  mark: TargetMark;
  x: number;
  y: number;
  /** The y of a range's upper end (null for a single value). */
  rangeY: number | null;
}

/** Places the drawn marks with the trend layout's own scales (the same years, domain and plot). */
export function placeTargets(marks: readonly TargetMark[], state: TrendState, plot: Plot): PlacedTarget[] {
  if (!state.valueDomain || !state.years.length) return [];
  const x = yearScale(state.years, plot);
  const y: ScaleLinear<number, number> = valueScale(state.valueDomain, plot, 5, state.rankOrder);
  return marks
    .filter((m) => m.inAxis)
    .map((mark) => ({ mark, x: x(mark.year), y: y(mark.value), rangeY: mark.rangeTo === null ? null : y(mark.rangeTo) }));
}

// Where a plan figure comes from, as the provenance panel shows any number: a target or a stated ratio is one plan
// row with its source (and the other sources' rows for the same plan beside it); a computed ratio is derived, its
// inputs the achieved value's row and the target's row. Built from the engine's own shapes (selectionValue,
// provenanceOf), so the panel needs nothing new but the few words of `plan`.
import type { Observation, PlanRow, PlanWording } from '../data/types';
import type { PlanComparison, PlanFigure, PlanMetricInfo, StatedRatio } from './plans';
import { provenanceOf, selectionValue, type Provenance } from './provenance';
import type { Alternative, Input, UnitValue, ValueSelection } from './types';

/** What a plan figure is, for the provenance panel's heading. */
export interface PlanProvenanceInfo {
  kind: 'target' | 'stated' | 'computed';
  /** The metric as the plan names it (labels for plan metrics the observations do not have). */
  info: PlanMetricInfo;
  year: number;
  /** The plan's period (`FY`, `Q2`, `2016-2020`); for a stated ratio, the period it was measured at is `measuredAt`. */
  period: string;
  measuredAt: string;
  /** Target: the upper end of a stated range. */
  rangeTo: number | null;
  /** Stated: the wording and the value as worded; its percentage of plan after conversion. */
  wording: PlanWording;
  percentOfPlan: number | null;
  converted: boolean;
  /** Stated part-way through the plan's period (7 or 10 months against the annual plan). */
  partial: boolean;
  /** Computed: the ratio against the upper end of a range target (the value is the ratio against the lower end). */
  computedTo: number | null;
}

/** A plan row in the shape of an observation (never stored as one: only the panel reads it). */
function asObservation(row: PlanRow, metric: string): Observation {
  return {
    id: row.id, edition: row.edition, code: row.code, year: row.year, period: row.period, scope: row.scope, metric,
    value: row.value, sourceId: row.sourceId, asOf: row.asOf, flags: row.flags, note: row.note,
  };
}

function selectionOf(figure: PlanFigure, metric: string, others: { figure: PlanFigure; relation: Alternative['relation'] }[], contested: boolean): ValueSelection {
  return {
    value: figure.row.value,
    observation: asObservation(figure.row, metric),
    source: figure.source,
    asOf: figure.row.asOf,
    alternatives: others.map(({ figure: other, relation }) => ({ observation: asObservation(other.row, metric), source: other.source, relation })),
    contested,
    revised: false,
  };
}

function withPlan(value: UnitValue, plan: PlanProvenanceInfo): Provenance {
  return { ...provenanceOf(value), plan };
}

const base = (c: PlanComparison, kind: PlanProvenanceInfo['kind'], period: string): PlanProvenanceInfo => ({
  kind, info: c.info, year: c.year, period, measuredAt: period, rangeTo: null, wording: '', percentOfPlan: null, converted: false,
  partial: false, computedTo: null,
});

/** The target's row and source; another publisher's different target beside it as contested, the same one as other. */
export function planTargetProvenance(c: PlanComparison): Provenance | null {
  const target = c.target;
  if (!target) return null;
  const others = target.others.map((figure) => ({
    figure,
    relation: (figure.row.value === target.value ? 'other' : target.contested ? 'contested' : 'other') as Alternative['relation'],
  }));
  const value = { ...selectionValue(c.unit, c.metric, selectionOf(target, c.metric, others, target.contested)), qualifier: target.qualifier };
  return withPlan(value, { ...base(c, 'target', target.period), rangeTo: target.range?.to ?? null });
}

/** A stated ratio as worded (42 "% above plan"), its conversion, and the same ratio from other sources. */
export function statedRatioProvenance(c: PlanComparison, ratio: StatedRatio): Provenance {
  // Another source's ratio that agrees after conversion is listed as another source, one that does not as contested.
  const others = ratio === c.stated
    ? c.statedOthers.map(({ ratio: other, relation }) => ({ figure: other as PlanFigure, relation: relation === 'contested' ? ('contested' as const) : ('other' as const) }))
    : [];
  const contested = others.some((o) => o.relation === 'contested');
  const value = { ...selectionValue(c.unit, c.metric, selectionOf(ratio, c.metric, others, contested)), qualifier: ratio.qualifier };
  return withPlan(value, {
    ...base(c, 'stated', ratio.planPeriod),
    measuredAt: ratio.period,
    wording: ratio.wording,
    percentOfPlan: ratio.percentOfPlan,
    converted: ratio.converted,
    partial: ratio.partial,
  });
}

/** The app's own ratio, achieved ÷ target × 100: derived, with both inputs and their sources. */
export function computedRatioProvenance(c: PlanComparison): Provenance | null {
  const { computed, target, achieved } = c;
  if (!computed || !target || !achieved) return null;
  // An achieved value that is itself an aggregate brings its own inputs (the old province's row).
  const achievedInputs: Input[] = achieved.selection ? [{ unit: c.unit, metric: achieved.metric, selection: achieved.selection }] : achieved.inputs;
  const inputs: Input[] = [...achievedInputs, { unit: c.unit, metric: c.metric, selection: selectionOf(target, c.metric, [], target.contested) }];
  const value: UnitValue = {
    ...selectionValue(c.unit, c.metric, selectionOf(target, c.metric, [], false)),
    value: computed.percent, origin: 'derived', derived: true, selection: null, inputs, asOf: achieved.asOf,
    contested: achieved.contested || target.contested, userProvided: achieved.userProvided, qualifier: computed.qualifier,
  };
  return withPlan(value, { ...base(c, 'computed', target.period), computedTo: computed.range?.to ?? null });
}

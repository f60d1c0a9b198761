// Change between two years as data: per unit the two values, the deltas and why one is missing;
// whether the two rankings can be compared at all. No pixels (charts/README.md).
import type { CoverageNote, RankingResult, UnitRef, UnitValue } from '../../core/analysis/types';
import type { MarkFlags } from '../../core/analysis/marks';
import { coverageNote } from '../../core/analysis/comparable';
import { definitionChanged, sourceChanged, stockSpan } from '../../core/analysis/basis';

export type DeltaMode = 'abs' | 'pct';

export type NotComparableReason = '' | 'metric' | 'edition' | 'scope' | 'period' | 'period-partial' | 'years' | 'definition';

/** Why a unit has no delta to draw. */
export type NoDeltaReason = '' | 'missing-from' | 'missing-to' | 'missing-both' | 'coverage' | 'definition' | 'from-zero';

/** Its marks are those of either year's value. */
export interface ChangeUnit extends MarkFlags {
  code: string;
  unit: UnitRef;
  fromValue: number | null;
  toValue: number | null;
  deltaAbs: number | null;
  /** Relative to |fromValue|; null when fromValue is 0 or missing. */
  deltaPct: number | null;
  /** The delta the chosen mode draws. */
  delta: number | null;
  noDelta: NoDeltaReason;
  /** Both years have a value but cover different old provinces (a merged unit): which ones, for the reason. */
  coverageNote: CoverageNote | null;
  /** Years in which the unit has no value (a slope chart lists these, never draws them as zero). */
  missingIn: number[];
  from: UnitValue | null;
  to: UnitValue | null;
  selected: boolean;
}

export interface ChangeState {
  comparable: boolean;
  reason: NotComparableReason;
  metric: string;
  fromYear: number;
  toYear: number;
  fromPeriod: string;
  toPeriod: string;
  delta: DeltaMode;
  direction: RankingResult['direction'];
  /** Units with both values covering the same provinces, highest to-year value first: the slope chart's lines. */
  slopes: ChangeUnit[];
  /** Units missing in one year or both, or not like for like (coverage, definition), listed under the slope chart. */
  missing: ChangeUnit[];
  /** Every unit, largest gain first, units without a delta last. */
  deltas: ChangeUnit[];
  /** Shared by both years' axes. */
  valueExtent: [number, number] | null;
  /** Of the chosen delta, always holding zero. */
  deltaExtent: [number, number];
  selected: string | null;
}

/** Periods that cover only part of a year (H1, 9M, Q3) cannot be compared with a full year or a stock. */
export function isPartialPeriod(period: string): boolean {
  return period === 'H1' || period === 'H2' || /^\d{1,2}M$/.test(period) || /^Q\d$/.test(period);
}

function comparability(from: RankingResult, to: RankingResult): NotComparableReason {
  if (from.query.metric !== to.query.metric) return 'metric';
  if (from.query.edition !== to.query.edition) return 'edition';
  if ((from.query.scope ?? '') !== (to.query.scope ?? '')) return 'scope';
  if (from.query.period !== to.query.period) {
    return isPartialPeriod(from.query.period) !== isPartialPeriod(to.query.period) ? 'period-partial' : 'period';
  }
  if (from.query.year >= to.query.year) return 'years';
  return '';
}

const known = (value: UnitValue | null | undefined): value is UnitValue & { value: number } =>
  !!value && value.value !== null && Number.isFinite(value.value);

export function changeState(
  from: RankingResult,
  to: RankingResult,
  options: { delta: DeltaMode; selected: string | null },
): ChangeState {
  const reason = comparability(from, to);
  const fromYear = from.query.year;
  const toYear = to.query.year;
  const fromByCode = new Map(from.rows.map((row) => [row.unit.code, row]));
  const toByCode = new Map(to.rows.map((row) => [row.unit.code, row]));
  const codes = [...new Set([...to.rows.map((r) => r.unit.code), ...from.rows.map((r) => r.unit.code)])];

  const units = codes.map((code): ChangeUnit => {
    const before = fromByCode.get(code) ?? null;
    const after = toByCode.get(code) ?? null;
    const fromValue = known(before) ? before.value : null;
    const toValue = known(after) ? after.value : null;
    const missingIn = [...(fromValue === null ? [fromYear] : []), ...(toValue === null ? [toYear] : [])];
    // A merged unit whose two years cover different old provinces would show their absence as a change.
    const note = coverageNote(before, after, fromYear, toYear);
    let noDelta: NoDeltaReason = '';
    if (fromValue === null && toValue === null) noDelta = 'missing-both';
    else if (fromValue === null) noDelta = 'missing-from';
    else if (toValue === null) noDelta = 'missing-to';
    else if (note) noDelta = 'coverage';
    // Counted on two definitions (the 2015 total without share purchases): no change of the thing measured.
    else if (definitionChanged(before, after)) noDelta = 'definition';
    const deltaAbs = noDelta === '' ? (toValue as number) - (fromValue as number) : null;
    const deltaPct = deltaAbs !== null && fromValue !== 0 ? deltaAbs / Math.abs(fromValue as number) : null;
    if (noDelta === '' && options.delta === 'pct' && deltaPct === null) noDelta = 'from-zero';
    const marked: UnitValue[] = [];
    if (known(before)) marked.push(before);
    if (known(after)) marked.push(after);
    return {
      code,
      unit: (after ?? before)!.unit,
      fromValue,
      toValue,
      deltaAbs,
      deltaPct,
      delta: options.delta === 'pct' ? deltaPct : deltaAbs,
      noDelta,
      coverageNote: note,
      missingIn,
      from: before,
      to: after,
      contested: marked.some((v) => v.contested),
      derived: marked.some((v) => v.derived),
      partial: marked.some((v) => v.partial),
      userProvided: marked.some((v) => v.userProvided),
      missingInputs: [...new Map(marked.flatMap((v) => v.missingInputs).map((u) => [`${u.edition}:${u.code}`, u])).values()],
      // The change crosses a change of source (flows), or spans less than nine months (stocks): core/analysis/basis.ts.
      sourceChange: deltaAbs !== null && sourceChanged(before, after, to.query.period),
      partYear: deltaAbs !== null && (stockSpan(before, after, to.query.period)?.partYear ?? false),
      definitionChange: noDelta === 'definition',
      selected: options.selected !== null && code === options.selected,
    };
  });

  const byCode = (a: ChangeUnit, b: ChangeUnit) => a.code.localeCompare(b.code);
  const slopes = units
    .filter((u) => u.fromValue !== null && u.toValue !== null && u.coverageNote === null && !u.definitionChange)
    .sort((a, b) => (b.toValue as number) - (a.toValue as number) || byCode(a, b));
  const missing = units.filter((u) => u.missingIn.length > 0 || u.coverageNote !== null || u.definitionChange).sort(byCode);
  const withDelta = units.filter((u) => u.delta !== null).sort((a, b) => (b.delta as number) - (a.delta as number) || byCode(a, b));
  const withoutDelta = units.filter((u) => u.delta === null).sort(byCode);
  const values = slopes.flatMap((u) => [u.fromValue as number, u.toValue as number]);
  const deltas = withDelta.map((u) => u.delta as number);
  // No unit has a change, and some are counted on two definitions (2015 against a later year): the comparison
  // as a whole is refused with that reason, not drawn as an empty chart over a list of units.
  const overall: NotComparableReason = reason === '' && withDelta.length === 0 && units.some((u) => u.definitionChange) ? 'definition' : reason;
  return {
    comparable: overall === '',
    reason: overall,
    metric: to.query.metric,
    fromYear,
    toYear,
    fromPeriod: from.query.period,
    toPeriod: to.query.period,
    delta: options.delta,
    direction: to.direction,
    slopes,
    missing,
    deltas: [...withDelta, ...withoutDelta],
    valueExtent: values.length > 0 ? [Math.min(...values), Math.max(...values)] : null,
    deltaExtent: [Math.min(0, ...deltas), Math.max(0, ...deltas)],
    selected: options.selected,
  };
}

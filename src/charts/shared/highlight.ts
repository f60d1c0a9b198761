// Which units stand out: the selected unit first, then the compared ones in the order given; the order in
// which series are drawn, and the marks their points carry.
import { MARKS, type Mark } from '../../core/analysis/marks';
import { compareNames, type Lang } from '../../core/names';
import type { UnitRef } from '../../core/analysis/types';
export type HighlightRole = 'selected' | 'compare' | 'quiet';

export interface Highlight {
  role: HighlightRole;
  /** Index into the highlight palette; null for quiet units. */
  colorIndex: number | null;
}

export function highlighter(selected: string | null, compare: readonly string[]): (code: string) => Highlight {
  const order = [...new Set([...(selected ? [selected] : []), ...compare])];
  return (code) => {
    const index = order.indexOf(code);
    if (index < 0) return { role: 'quiet', colorIndex: null };
    return { role: code === selected ? 'selected' : 'compare', colorIndex: index };
  };
}

export interface HighlightedSeries {
  unit: UnitRef;
  code: string;
  name: string;
  role: HighlightRole;
  highlighted: boolean;
  colorIndex: number | null;
}

/** A unit as a series of a chart: its name and how it stands out. */
export function seriesOf(unit: UnitRef, highlight: (code: string) => Highlight, nameOf: (unit: UnitRef) => string): HighlightedSeries {
  const { role, colorIndex } = highlight(unit.code);
  return { unit, code: unit.code, name: nameOf(unit), role, highlighted: role !== 'quiet', colorIndex };
}

/** Drawing order: quiet units first (by name), highlighted ones last in highlight order, so they are drawn on top. */
export function drawOrder(lang: Lang): (a: HighlightedSeries, b: HighlightedSeries) => number {
  return (a, b) => {
    if (a.highlighted !== b.highlighted) return a.highlighted ? 1 : -1;
    if (a.highlighted) return (a.colorIndex as number) - (b.colorIndex as number);
    return compareNames(lang, a.name, b.name);
  };
}

/** The marks that occur in a chart's points, in the order of the key under it. */
export function marksShown(points: Iterable<{ marks: readonly Mark[] }>): Mark[] {
  const seen = new Set<Mark>();
  for (const point of points) for (const mark of point.marks) seen.add(mark);
  return MARKS.filter((mark) => seen.has(mark));
}

/** Units highlighted when none is selected or compared (issue 10 §8). */
export const DEFAULT_HIGHLIGHTED = 3;

/** The codes of the `count` units with the highest latest value (each unit's value of its latest year with one). */
/** The units with the best latest value: the highest, or the lowest where lower is better (a rank, a price). */
export function topByLatest(values: Iterable<{ code: string; year: number; value: number | null }>, lowerIsBetter = false, count = DEFAULT_HIGHLIGHTED): string[] {
  const latest = new Map<string, { year: number; value: number }>();
  for (const { code, year, value } of values) {
    if (value === null || !Number.isFinite(value)) continue;
    const seen = latest.get(code);
    if (!seen || year > seen.year) latest.set(code, { year, value });
  }
  return [...latest]
    .sort(([a, x], [b, y]) => (lowerIsBetter ? x.value - y.value : y.value - x.value) || a.localeCompare(b))
    .slice(0, count)
    .map(([code]) => code);
}

/**
 * The selected and compared units; when there are none, the top units by latest value (the trend view's
 * charts highlight the same ones).
 */
export function defaultHighlighter(selected: string | null, compare: readonly string[], top: () => string[]): { highlight: (code: string) => Highlight; chosen: boolean } {
  const chosen = selected !== null || compare.length > 0;
  return { highlight: chosen ? highlighter(selected, compare) : highlighter(null, top()), chosen };
}

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

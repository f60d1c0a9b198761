// The choropleth as data: a colour per province from classes fixed across the years (breaks.ts), the
// classes with the shown year's count in each, and the marks (no data, contested, partial, older value).
// Pure: the map adapter only applies it through feature state, the legend only draws it.
import { classIndex, type FixedScale } from './breaks';

/** ColorBrewer YlGnBu (sequential) and PuOr (diverging): both readable with the common colour-vision deficiencies. */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** PuOr with 5 and 3 classes: losses orange, no clear change pale, gains purple. */
export const DIVERGING_5 = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'] as const;
export const DIVERGING_3 = ['#f1a340', '#f7f7f7', '#998ec3'] as const;
export const NEUTRAL = '#f7f7f7';
/** A province whose values do not compare: a plain grey, never a class's colour nor the no-data hatch. */
export const NOT_COMPARABLE = '#b8bec6';

export interface ChoroplethRow {
  code: string;
  value: number | null;
  deltaAbs: number | null;
  deltaPct: number | null;
  contested: boolean;
  partial: boolean;
  derived: boolean;
  /** A latest-available value older than the year shown. */
  carried?: boolean;
  /** Both years have a value but they do not compare (other old provinces, another definition): no change. */
  notComparable?: boolean;
  /** Counted otherwise than most of the year's values (basis.ts): it has no place in their classes. */
  otherDefinition?: boolean;
}

export interface LegendClass {
  from: number;
  to: number;
  color: string;
  /** Provinces in the class in the shown year. */
  count: number;
}

export interface ProvinceStyle {
  fill: string | null;
  noData: boolean;
  contested: boolean;
  partial: boolean;
  /** Drawn with a dotted outline: the value stands at an earlier year (`asof=latest`). */
  carried: boolean;
  /**
   * Plain grey (not the no-data hatch): there are values, but they do not compare: by change, two years'
   * (other old provinces, another definition); by value, one counted otherwise than the year's others.
   */
  notComparable: boolean;
}

export interface Choropleth {
  mode: 'value' | 'delta';
  kind: 'sequential' | 'diverging';
  /** The fixed thresholds (CONTRACTS.md: the legend's `data-breaks`). */
  breaks: number[];
  /** The years the classes are fixed over. */
  years: [number, number] | null;
  classes: LegendClass[];
  byCode: Record<string, ProvinceStyle>;
  /** Hatched provinces without a value (by change: without one in either year). */
  noDataCount: number;
  /** Hatched provinces whose values do not compare (by change or by value; the legend says so apart). */
  notComparableCount: number;
  contestedCount: number;
  partialCount: number;
  carriedCount: number;
}

/** The colour of class `i` of `count`, spread over a palette ordered weakest to strongest. */
function spread(palette: readonly string[], i: number, count: number): string {
  if (count <= 1) return palette[Math.floor((palette.length - 1) / 2)];
  return palette[Math.round((i * (palette.length - 1)) / (count - 1))];
}

/** Each class's range and colour, lowest class first. For lower-is-better metrics darker means better (lower). */
function classRanges(scale: FixedScale, higherIsBetter: boolean | null): Omit<LegendClass, 'count'>[] {
  const edges = [scale.min, ...scale.breaks, scale.max];
  const count = scale.breaks.length + 1;
  if (scale.kind === 'diverging') {
    const palette = count === 5 ? DIVERGING_5 : count === 3 ? DIVERGING_3 : [NEUTRAL];
    return palette.map((color, i) => ({ from: edges[i], to: edges[i + 1], color }));
  }
  const colors = Array.from({ length: count }, (_, i) => spread(SEQUENTIAL, i, count));
  if (higherIsBetter === false) colors.reverse();
  return colors.map((color, i) => ({ from: edges[i], to: edges[i + 1], color }));
}

export function choropleth(
  rows: ChoroplethRow[],
  options: { mode: 'value' | 'delta'; delta: 'abs' | 'pct'; higherIsBetter: boolean | null; scale: FixedScale },
): Choropleth {
  const { scale } = options;
  const valueOf = (row: ChoroplethRow) => (options.mode === 'value' ? row.value : options.delta === 'pct' ? row.deltaPct : row.deltaAbs);
  // Nothing pooled (a metric without data): no classes, every province "no data".
  const classes: LegendClass[] = scale.years === null ? [] : classRanges(scale, options.higherIsBetter).map((c) => ({ ...c, count: 0 }));
  const byCode: Record<string, ProvinceStyle> = {};
  for (const row of rows) {
    const value = valueOf(row);
    const unlike = options.mode === 'value' ? !!row.otherDefinition : !!row.notComparable;
    // A value counted otherwise is not placed in the classes of the others (a class compares like with like).
    const noData = value === null || !Number.isFinite(value) || (options.mode === 'value' && unlike);
    const shownClass = noData ? undefined : classes[classIndex(scale, value)];
    if (shownClass) shownClass.count += 1;
    // Not comparable is not "no data": its own plain grey, and a contested value keeps its outline.
    const notComparable = noData && unlike && row.value !== null;
    byCode[row.code] = {
      fill: notComparable ? NOT_COMPARABLE : (shownClass?.color ?? null),
      noData: noData && !notComparable,
      contested: (!noData || notComparable) && row.contested,
      partial: !noData && row.partial,
      carried: !noData && !!row.carried,
      notComparable,
    };
  }
  const styles = Object.values(byCode);
  return {
    mode: options.mode,
    kind: scale.kind,
    breaks: scale.breaks,
    years: scale.years,
    classes,
    byCode,
    noDataCount: styles.filter((s) => s.noData).length,
    notComparableCount: styles.filter((s) => s.notComparable).length,
    contestedCount: styles.filter((s) => s.contested).length,
    partialCount: styles.filter((s) => s.partial).length,
    carriedCount: styles.filter((s) => s.carried).length,
  };
}

// The choropleth as data: class breaks, a colour per province, and the marks (no data, contested,
// partial). Pure: the map adapter only applies it through feature state, the legend only draws it.

/** ColorBrewer YlGnBu (sequential) and PuOr (diverging): both readable with the common colour-vision deficiencies. */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const DIVERGING_NEGATIVE = ['#b35806', '#f1a340', '#fee0b6'] as const; // strongest first
export const DIVERGING_POSITIVE = ['#d8daeb', '#998ec3', '#542788'] as const; // weakest first

export interface ChoroplethRow {
  code: string;
  value: number | null;
  deltaAbs: number | null;
  deltaPct: number | null;
  contested: boolean;
  partial: boolean;
  derived: boolean;
}

export interface LegendClass {
  from: number;
  to: number;
  color: string;
}

export interface ProvinceStyle {
  fill: string | null;
  noData: boolean;
  contested: boolean;
  partial: boolean;
}

export interface Choropleth {
  mode: 'value' | 'delta';
  kind: 'sequential' | 'diverging';
  classes: LegendClass[];
  byCode: Record<string, ProvinceStyle>;
  noDataCount: number;
  contestedCount: number;
  partialCount: number;
}

/** Breaks at quantiles of the distinct values: with few provinces, each class holds real provinces. */
export function quantileBreaks(values: number[], classCount: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  if (distinct.length <= classCount) return distinct;
  const breaks: number[] = [distinct[0]];
  for (let i = 1; i < classCount; i++) {
    const position = (i / classCount) * (distinct.length - 1);
    const lower = distinct[Math.floor(position)];
    const upper = distinct[Math.ceil(position)];
    const value = lower + (upper - lower) * (position - Math.floor(position));
    if (value > breaks[breaks.length - 1]) breaks.push(value);
  }
  return breaks;
}

function sequentialClasses(values: number[], higherIsBetter: boolean | null): LegendClass[] {
  const breaks = quantileBreaks(values, SEQUENTIAL.length);
  if (breaks.length === 0) return [];
  const max = Math.max(...values);
  // Spread the palette over the classes there are; for lower-is-better metrics darker means better (lower).
  const palette = breaks.map((_, i) => spread(SEQUENTIAL, i, breaks.length));
  const colors = higherIsBetter === false ? [...palette].reverse() : palette;
  return breaks.map((from, i) => ({ from, to: i + 1 < breaks.length ? breaks[i + 1] : max, color: colors[i] }));
}

/** The colour of class `i` of `count`, spread over a palette ordered weakest to strongest. */
function spread(palette: readonly string[], i: number, count: number): string {
  if (count <= 1) return palette[Math.floor((palette.length - 1) / 2)];
  return palette[Math.round((i * (palette.length - 1)) / (count - 1))];
}

function lastAtMost(breaks: number[], value: number): number {
  let index = 0;
  breaks.forEach((b, i) => {
    if (b <= value) index = i;
  });
  return index;
}

/** Losses and gains classed apart by magnitude, so that 0 always separates the two palettes. */
function divergingScale(values: number[]): { classes: LegendClass[]; colorFor: (value: number) => string } {
  const weakestFirstNegative = [...DIVERGING_NEGATIVE].reverse();
  const losses = values.filter((v) => v < 0).map((v) => -v);
  const gains = values.filter((v) => v >= 0);
  const lossBreaks = quantileBreaks(losses, DIVERGING_NEGATIVE.length);
  const gainBreaks = quantileBreaks(gains, DIVERGING_POSITIVE.length);
  const maxLoss = Math.max(0, ...losses);
  const maxGain = Math.max(0, ...gains);
  const lossClasses = lossBreaks.map((from, i) => ({
    from: -(i + 1 < lossBreaks.length ? lossBreaks[i + 1] : maxLoss),
    to: -from,
    color: spread(weakestFirstNegative, i, lossBreaks.length),
  }));
  const gainClasses = gainBreaks.map((from, i) => ({
    from,
    to: i + 1 < gainBreaks.length ? gainBreaks[i + 1] : maxGain,
    color: spread(DIVERGING_POSITIVE, i, gainBreaks.length),
  }));
  return {
    // Ascending order for the legend: the largest loss first, the largest gain last.
    classes: [...lossClasses.reverse(), ...gainClasses],
    colorFor: (value) =>
      value < 0
        ? spread(weakestFirstNegative, lastAtMost(lossBreaks, -value), lossBreaks.length)
        : spread(DIVERGING_POSITIVE, lastAtMost(gainBreaks, value), gainBreaks.length),
  };
}

/** The class holding a value: classes are ascending, so the last one whose lower bound it reaches. */
export function classOf(classes: LegendClass[], value: number): LegendClass | undefined {
  let found: LegendClass | undefined;
  for (const c of classes) if (value >= c.from) found = c;
  return found ?? classes[0];
}

export function choropleth(
  rows: ChoroplethRow[],
  options: { mode: 'value' | 'delta'; delta: 'abs' | 'pct'; higherIsBetter: boolean | null },
): Choropleth {
  const valueOf = (row: ChoroplethRow) => (options.mode === 'value' ? row.value : options.delta === 'pct' ? row.deltaPct : row.deltaAbs);
  const known = rows.map(valueOf).filter((v): v is number => v !== null && Number.isFinite(v));
  const kind = options.mode === 'delta' ? 'diverging' : 'sequential';
  const diverging = kind === 'diverging' ? divergingScale(known) : null;
  const classes = diverging ? diverging.classes : sequentialClasses(known, options.higherIsBetter);
  const byCode: Record<string, ProvinceStyle> = {};
  for (const row of rows) {
    const value = valueOf(row);
    const noData = value === null || !Number.isFinite(value);
    byCode[row.code] = {
      fill: noData ? null : diverging ? diverging.colorFor(value) : (classOf(classes, value)?.color ?? null),
      noData,
      contested: !noData && row.contested,
      partial: !noData && row.partial,
    };
  }
  const styles = Object.values(byCode);
  return {
    mode: options.mode,
    kind,
    classes,
    byCode,
    noDataCount: styles.filter((s) => s.noData).length,
    contestedCount: styles.filter((s) => s.contested).length,
    partialCount: styles.filter((s) => s.partial).length,
  };
}

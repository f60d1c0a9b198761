// Scales and ticks shared by the trend panels (pure: no DOM). Years are placed on a linear scale so that
// a skipped calendar year shows as space, never as a joined line.
import { scaleLinear, type ScaleLinear } from 'd3-scale';

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface YearTick {
  year: number;
  x: number;
}

export interface ValueTick {
  value: number;
  y: number;
}

export function yearScale(years: readonly number[], plot: Plot): ScaleLinear<number, number> {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const domain: [number, number] = first === last ? [first - 0.5, last + 0.5] : [first, last];
  return scaleLinear().domain(domain).range([plot.left, plot.right]);
}

/** One tick a year while they fit (about 34 px each), else every n-th year counted from the last. */
export function yearTicks(years: readonly number[], x: ScaleLinear<number, number>, plot: Plot): YearTick[] {
  if (!years.length) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const fit = Math.max(1, Math.floor((plot.right - plot.left) / 34));
  const step = Math.max(1, Math.ceil((last - first + 1) / fit));
  const ticks: YearTick[] = [];
  for (let year = last; year >= first; year -= step) ticks.unshift({ year, x: x(year) });
  return ticks;
}

/** The value axis; `rankOrder` puts the smallest value at the top (a rank: 1 = first). */
export function valueScale(domain: [number, number], plot: Plot, ticks = 5, rankOrder = false): ScaleLinear<number, number> {
  const [lo, hi] = domain[0] === domain[1] ? [domain[0], domain[0] + 1] : domain;
  const scale = scaleLinear().domain([lo, hi]).range(rankOrder ? [plot.top, plot.bottom] : [plot.bottom, plot.top]).nice(ticks);
  // A rank's axis starts at its first rank (there is no rank 0); only its far end is rounded.
  return rankOrder ? scale.domain([lo, scale.domain()[1]]) : scale;
}

/** A metric that is a rank (1 = first) is drawn with 1 at the top, and its axis starts at 1, not 0. */
export const isRankMetric = (metric: { unit: string } | undefined): boolean => metric?.unit === 'rank';

/** The value axis' extent: 0 included, or from 1 for a rank; null when there is no value. */
export function valueDomainOf(values: readonly number[], rankOrder: boolean): [number, number] | null {
  if (!values.length) return null;
  return rankOrder ? [Math.min(1, ...values), Math.max(...values)] : [Math.min(0, ...values), Math.max(0, ...values)];
}

/** Ticks of the value axis; a rank's axis always shows its first rank (1), and no fractions. */
export function valueTicks(y: ScaleLinear<number, number>, count = 5, rankOrder = false): ValueTick[] {
  let values = y.ticks(count);
  if (rankOrder) {
    const first = y.domain()[0];
    // …and drops a tick too close to it to be read apart (14 px: a label's height).
    values = [first, ...values.filter((value) => Number.isInteger(value) && value > first && Math.abs(y(value) - y(first)) >= 14)];
  }
  return values.map((value) => ({ value, y: y(value) }));
}

/** A rough text width for layout in Node, where nothing can be measured (about 0.6 em a character). */
export function textWidth(text: string, fontSizePx: number): number {
  return text.length * fontSizePx * 0.6;
}

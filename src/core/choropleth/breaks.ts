// Colour classes fixed across the years of a metric (issue 10 §4): computed once over every year's values,
// so that playing the timeline shows growth, not ranks. Breaks fall in the gaps between pooled values and are
// rounded to the roundest number in each gap; every class holds at least two distinct pooled values, so no
// class is empty over the years and none is a class of one value. Pure.

export const MAX_CLASSES = 5;

/** The class thresholds of one (edition, extent, metric, period, colour mode, delta mode). */
export interface FixedScale {
  kind: 'sequential' | 'diverging';
  /**
   * Interior thresholds, ascending. Sequential: class i holds breaks[i-1] ≤ v < breaks[i]. Diverging: the
   * thresholds are symmetric (−t2, −t1, t1, t2) and a change belongs to the band of its size.
   */
  breaks: number[];
  /** Lowest and highest pooled value (diverging: ± the largest change). */
  min: number;
  max: number;
  /** The years pooled (first and last with a value); null when nothing was pooled. */
  years: [number, number] | null;
}

const sortedDistinct = (values: readonly number[]) => [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);

/** x in units of 10^exp, and back, without the float error of multiplying by 0.1. */
const toSteps = (x: number, exp: number) => (exp >= 0 ? x / 10 ** exp : x * 10 ** -exp);
const fromSteps = (k: number, exp: number) => (exp >= 0 ? k * 10 ** exp : k / 10 ** -exp);

/**
 * The roundest number t with a < t ≤ b (fewest significant digits; among equals, nearest the middle of
 * the gap): 5,870 and 6,300 give 6,000; 21,145 and 24,853 give 23,000.
 */
export function roundBetween(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (!(b > a) || scale === 0) return b;
  const top = Math.floor(Math.log10(scale)) + 1;
  const middle = (a + b) / 2;
  for (let exp = top; exp >= top - 16; exp--) {
    const first = Math.floor(toSteps(a, exp)) + 1;
    const last = Math.floor(toSteps(b, exp));
    if (first > last) continue;
    const k = Math.min(last, Math.max(first, Math.round(toSteps(middle, exp))));
    const t = Number(fromSteps(k, exp).toPrecision(15));
    if (t > a && t <= b) return t;
  }
  return b;
}

/** Distinct values in each class the thresholds make (class i: breaks[i-1] ≤ v < breaks[i]). */
function classSizes(distinct: readonly number[], breaks: readonly number[]): number[] {
  const sizes = breaks.map(() => 0).concat(0);
  for (const v of distinct) sizes[breaks.filter((b) => v >= b).length] += 1;
  return sizes;
}

/**
 * Thresholds that cut the sorted distinct values into `count` runs of about equal length. Each threshold may
 * move a little from its exact cut (by up to a quarter of a class, keeping two values a class) to reach a
 * rounder number: 4,850 becomes 5,000 when the values around it allow.
 */
function cut(distinct: number[], count: number): number[] {
  const n = distinct.length;
  const slack = Math.max(0, Math.floor((n / count - 2) / 2));
  const breaks: number[] = [];
  for (let i = 1; i < count; i++) {
    const j = Math.round((i * n) / count);
    const wide = roundBetween(distinct[Math.max(0, j - 1 - slack)], distinct[Math.min(n - 1, j + slack)]);
    const previous = breaks[breaks.length - 1] ?? -Infinity;
    const exact = roundBetween(distinct[j - 1], distinct[j]);
    breaks.push(wide > previous ? wide : exact);
  }
  // The roomier choice must still leave every class two distinct values; where it does not, cut exactly.
  if (classSizes(distinct, breaks).some((size) => size < 2)) {
    return breaks.map((_, index) => {
      const j = Math.round(((index + 1) * n) / count);
      return roundBetween(distinct[j - 1], distinct[j]);
    });
  }
  return breaks;
}

/** How many classes `n` distinct values can fill with at least two each, at most `max`. */
const classCount = (n: number, max: number) => Math.max(1, Math.min(max, Math.floor(n / 2)));

export function sequentialScale(values: readonly number[], years: [number, number] | null = null): FixedScale {
  const distinct = sortedDistinct(values);
  const breaks = distinct.length ? cut(distinct, classCount(distinct.length, MAX_CLASSES)) : [];
  return { kind: 'sequential', breaks, min: distinct[0] ?? 0, max: distinct[distinct.length - 1] ?? 0, years };
}

/**
 * Changes on a symmetric scale: a neutral band around zero and one or two bands of size each side (5, 3 or
 * 1 classes). Bands are cut on the sizes of the changes pooled over the years, both signs together, so a
 * side may be empty when every change went one way.
 */
export function divergingScale(values: readonly number[], years: [number, number] | null = null): FixedScale {
  const sizes = sortedDistinct(values.map(Math.abs)).filter((v) => v > 0);
  const bands = sizes.length >= 6 ? 3 : sizes.length >= 4 ? 2 : 1;
  const thresholds = cut(sizes, bands);
  const largest = sizes[sizes.length - 1] ?? 0;
  return { kind: 'diverging', breaks: [...thresholds.map((t) => -t).reverse(), ...thresholds], min: -largest, max: largest, years };
}

/** The class index of a value (0 = lowest class). */
export function classIndex(scale: FixedScale, value: number): number {
  if (scale.kind === 'diverging') {
    const positive = scale.breaks.filter((b) => b > 0);
    const band = positive.filter((t) => Math.abs(value) >= t).length;
    const middle = positive.length;
    return value < 0 ? middle - band : middle + band;
  }
  return scale.breaks.filter((b) => value >= b).length;
}

// Summaries of timing samples for the bench report.

export interface Summary { n: number; median: number; p25: number; p75: number; min: number; max: number }

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summary(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Ratios of paired samples (app ÷ floor of the same round), so that a slow moment of the machine slows both. */
export function pairedRatios(app: number[], floor: number[]): Summary {
  return summary(app.map((value, i) => value / floor[i]));
}

export const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

// Numbers as a file or an attribute carries them (issue 10 §9): no floating-point noise (a sum of
// 2,427.34 is not 2427.3399999999965), and never fewer decimals than the source states. Pure.

/** Significant digits kept: well beyond any figure in the data, well short of binary noise (~16). */
export const SIGNIFICANT_DIGITS = 10;

/** Decimals a number is written with (0.25 → 2, 1e-7 → 7, 1200 → 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa, exponent] = String(value).toLowerCase().split('e');
  const fraction = (mantissa.split('.')[1] ?? '').length;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * `value` rounded to 10 significant digits, or to `minDecimals` decimals when the source states more (a
 * figure of 12,345,678.125 keeps its three decimals).
 */
export function plainNumber(value: number, minDecimals = 0): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(100, Math.max(0, SIGNIFICANT_DIGITS - 1 - magnitude, minDecimals));
  const rounded = Number(value.toFixed(decimals));
  // toFixed cannot show more than ~17 significant digits; a very small value keeps its 10 through toPrecision.
  return rounded === 0 ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : rounded;
}

/** A number for a `data-*` attribute or a CSV cell: plain, or empty when there is none. */
export function plainText(value: number | null | undefined, minDecimals = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(plainNumber(value, minDecimals));
}

interface Stated {
  selection: { observation: { value: number } } | null;
  inputs: readonly { selection: { observation: { value: number } } | null }[];
}

/** The most decimals a value's sources state (its chosen row's, or its inputs' for a sum or a formula). */
export function sourceDecimals(...values: (Stated | null | undefined)[]): number {
  let most = 0;
  for (const value of values) {
    if (!value) continue;
    if (value.selection) most = Math.max(most, decimalsOf(value.selection.observation.value));
    for (const input of value.inputs) if (input.selection) most = Math.max(most, decimalsOf(input.selection.observation.value));
  }
  return most;
}

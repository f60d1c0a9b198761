// Number formats shared by the chart panels, the same as the ranking table's.
import type { Metric } from '../../core/data/types';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';

/** Fraction digits of a metric's values: rates and derived values need two. */
export function valueDigits(metric: Metric | undefined): number {
  return metric?.unit === 'pct' || metric?.derived ? 2 : 1;
}

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±');

/** +1.234,5 / −12 / ±0 */
export function signedNumber(lang: Lang, value: number, digits: number): string {
  return sign(value) + formatNumber(lang, Math.abs(value), digits);
}

/** A ratio as a signed percentage: 0.125 → +12.5% */
export function signedPercent(lang: Lang, ratio: number): string {
  return `${sign(ratio)}${formatNumber(lang, Math.abs(ratio) * 100, 1)}%`;
}

/** "+12 (+3.4%)", "+12" when there is no percentage, "–" when there is no change to show. */
export function deltaText(lang: Lang, deltaAbs: number | null, deltaPct: number | null, digits: number): string {
  if (deltaAbs === null) return '–';
  return deltaPct === null ? signedNumber(lang, deltaAbs, digits) : `${signedNumber(lang, deltaAbs, digits)} (${signedPercent(lang, deltaPct)})`;
}

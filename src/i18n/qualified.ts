// A number with its qualifier: a lower bound reads "> 17.430", an approximation "≈ 300.000" (both languages
// use the same signs). The mark travels with the number wherever it is formatted, so it is never dropped.
import type { Qualifier } from '../core/analysis/qualifier';
import { formatNumber } from './format';
import type { Lang } from './messages';

const SIGN: Record<Qualifier, string> = { '': '', 'lower-bound': '> ', approx: '≈ ' };

/** The sign a qualifier puts before a number ("> ", "≈ " or nothing). */
export const qualifierSign = (qualifier: Qualifier | undefined): string => SIGN[qualifier ?? ''] ?? '';

/** `formatNumber` with the qualifier's sign: "> 17.430", "≈ 300.000". */
export function formatQualified(lang: Lang, value: number | null | undefined, qualifier: Qualifier | undefined, maxFractionDigits = 1): string {
  const text = formatNumber(lang, value, maxFractionDigits);
  return value === null || value === undefined || !Number.isFinite(value) ? text : qualifierSign(qualifier) + text;
}

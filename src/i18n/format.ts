// Number and date formatting through Intl, one formatter per language and precision; the signed changes
// and the precision of a metric's values, the same in every table and chart.
import type { Metric } from '../core/data/types';
import type { Lang } from '../core/names';

export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Lang, value: number | null | undefined, maxFractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const key = `${lang}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the precision it has. */
export function formatDate(lang: Lang, isoDate: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate.trim());
  if (!match) return isoDate;
  const [, year, month, day] = match;
  if (!month) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

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

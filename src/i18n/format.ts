// Number and date formatting through Intl, one formatter per language and precision.
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

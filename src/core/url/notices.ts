// Notices about a link stay few and small: at most one per parameter, and a value is shown cut short (a
// link can repeat a parameter 100,000 times or carry a value of 10,000 characters). Pure.
import type { UrlNotice } from './state';

/** Characters of a value a notice shows; the rest is an ellipsis. */
export const SHOWN_VALUE_CHARS = 60;
/** A value up to this long is shown in full on hover (a title); a longer one is not repeated at all. */
export const TITLE_VALUE_CHARS = 500;

/**
 * At most one notice per parameter: a later notice about a parameter replaces the earlier one (it was
 * found later, with more known: reading the link, then the data), in the earlier one's place.
 */
export function onePerParam(notices: readonly UrlNotice[]): UrlNotice[] {
  const byParam = new Map<string, UrlNotice>();
  for (const notice of notices) byParam.set(notice.param, notice);
  const seen = new Set<string>();
  return notices.filter((notice) => !seen.has(notice.param) && seen.add(notice.param)).map((notice) => byParam.get(notice.param) as UrlNotice);
}

/** A value as a notice shows it: at most SHOWN_VALUE_CHARS characters (whole code points), then "…". */
export function shortValue(value: string, max = SHOWN_VALUE_CHARS): string {
  const points = Array.from(value.slice(0, 2 * max + 1));
  return points.length > max ? `${points.slice(0, max).join('')}…` : value;
}

// What a figure was counted on, so that a change between two years says when it crosses bases (issue 14 §3).
// FIA flow tables run to 20 December; the NSO's 2024 table is the calendar year: a series that changes source
// between years is marked at that year (marked, never refused). A stock's change names both as-of dates, and
// one spanning less than nine months (the FIA 20 June 2024 stock against a year-end) is "part-year". Pure.
import { STOCK_PERIOD, type UnitValue, type ValueSelection } from './types';

/** FIA year-end tables cover 1 January to about 20 December (DATA.md); the flag is set by the refresh. */
export const TO_20_DEC_FLAG = 'fy-to-20-dec';
/** A stock change spanning fewer months than this is marked part-year. */
export const PART_YEAR_MONTHS = 9;

type Sourced = Pick<UnitValue, 'value' | 'selection' | 'inputs'>;

function selectionKey(selection: ValueSelection, publisherOnly = false): string {
  const publisher = (selection.source?.publisher || selection.source?.id || selection.observation.sourceId).toLowerCase();
  return !publisherOnly && selection.observation.flags.includes(TO_20_DEC_FLAG) ? `${publisher}|to-20-dec` : publisher;
}

/**
 * The source basis of a value: its publisher, and whether its year runs to 20 December; an aggregate or a
 * derived value, its inputs' bases (each once). Null without a value or a known source.
 */
export function sourceBasis(value: Sourced | null | undefined, publisherOnly = false): string | null {
  if (!value || value.value === null) return null;
  if (value.selection) return selectionKey(value.selection, publisherOnly);
  const keys = [...new Set(value.inputs.flatMap((input) => (input.selection ? [selectionKey(input.selection, publisherOnly)] : [])))].sort();
  return keys.length ? keys.join(' + ') : null;
}

/**
 * A value whose source basis differs from the previous year's: the year is marked. A flow's basis is its
 * publisher and its year's cut-off; a stock's is its publisher only (its dates are named with its change): the
 * FIA table's stock against a press article's is a change of source (Hà Nội 2025, −9.6 %).
 */
export function sourceChanged(before: Sourced | null | undefined, after: Sourced | null | undefined, period: string): boolean {
  const stock = period === STOCK_PERIOD;
  const a = sourceBasis(before, stock);
  const b = sourceBasis(after, stock);
  return a !== null && b !== null && a !== b;
}

/** An as-of date as a day: a bare year stands at its year-end; a month at its last day is not needed (whole months count). */
function dayOf(asOf: string): { y: number; m: number; d: number } | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (full) return { y: Number(full[1]), m: Number(full[2]), d: Number(full[3]) };
  const month = /^(\d{4})-(\d{2})$/.exec(asOf);
  if (month) return { y: Number(month[1]), m: Number(month[2]), d: 28 };
  const year = /^(\d{4})$/.exec(asOf);
  return year ? { y: Number(year[1]), m: 12, d: 31 } : null;
}

/** Whole months from one date to another (20 Dec 2023 → 20 Jun 2024 is 6; a day short of a month does not count). */
export function monthsBetween(from: string, to: string): number | null {
  const a = dayOf(from);
  const b = dayOf(to);
  if (!a || !b) return null;
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  return b.d < a.d ? months - 1 : months;
}

/** The span of a stock's change: both as-of dates, and whether it covers less than nine months. */
export interface StockSpan {
  from: string;
  to: string;
  partYear: boolean;
}

export function stockSpan(before: Pick<UnitValue, 'value' | 'asOf'> | null | undefined, after: Pick<UnitValue, 'value' | 'asOf'> | null | undefined, period: string): StockSpan | null {
  if (period !== STOCK_PERIOD || !before || !after || before.value === null || after.value === null || !before.asOf || !after.asOf) return null;
  const months = monthsBetween(before.asOf, after.asOf);
  return { from: before.asOf, to: after.asOf, partYear: months !== null && months < PART_YEAR_MONTHS };
}

/**
 * Flags of a figure counted otherwise than its metric defines it (the 2015 FIA table's total has no share
 * purchases; some new-capital figures include them): a change between values counted differently is not a
 * change of the thing measured, so it is not computed (marked `definition-change` instead).
 */
export const DEFINITION_FLAGS = ['excl-share-purchases', 'incl-share-purchases'] as const;

function definitionFlags(selection: ValueSelection): string[] {
  return DEFINITION_FLAGS.filter((flag) => selection.observation.flags.includes(flag));
}

/** What a value counts beyond or short of its metric's definition ('' as defined); an aggregate, its inputs'. */
export function definitionBasis(value: Sourced | null | undefined): string | null {
  if (!value || value.value === null) return null;
  const flags = value.selection ? definitionFlags(value.selection) : value.inputs.flatMap((input) => (input.selection ? definitionFlags(input.selection) : []));
  return [...new Set(flags)].sort().join('+');
}

/** Both values known and counted on different definitions. */
export function definitionChanged(before: Sourced | null | undefined, after: Sourced | null | undefined): boolean {
  const a = definitionBasis(before);
  const b = definitionBasis(after);
  return a !== null && b !== null && a !== b;
}

/**
 * Of one year's values, those counted on another definition than most of them (a tie goes to the metric's
 * own): they are not ranked, summed or shared with the others. True for each such value; false for the rest
 * and for missing values.
 */
export function otherDefinitions(values: readonly (Sourced | null | undefined)[]): boolean[] {
  const bases = values.map(definitionBasis);
  const counts = new Map<string, number>();
  for (const basis of bases) if (basis !== null) counts.set(basis, (counts.get(basis) ?? 0) + 1);
  let ranked = '';
  for (const [basis, n] of counts) if (n > (counts.get(ranked) ?? 0)) ranked = basis;
  return bases.map((basis) => basis !== null && basis !== ranked);
}

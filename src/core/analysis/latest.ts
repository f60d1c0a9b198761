// "Latest available" (`asof=latest`, issue 10 §7): for a stock, each unit's most recent value up to the
// year asked for, carrying the year it stands at. A merged unit sums its old provinces only when their latest
// values stand at the same year; otherwise it has no value, and says why. Flows are never carried. Pure.
import type { DatasetIndex } from './dataset-index';
import { selectValue } from './select';
import { missing, periodFor, unitValue, yearsOf } from './values';
import { STOCK_PERIOD, type AsOfMode, type Input, type UnitRef, type UnitValue } from './types';

/** The metric's years up to `year`, latest first (a derived metric's: its inputs' common years). */
function yearsUpTo(index: DatasetIndex, metricId: string, year: number): number[] {
  return yearsOf(index, metricId).filter((y) => y <= year).reverse();
}

const yearOf = (value: UnitValue, year: number) => value.carriedFrom ?? year;

function carried(value: UnitValue, from: number, year: number): UnitValue {
  return from < year ? { ...value, carriedFrom: from } : value;
}

/** The most recent value of a unit as the engine gives it for one year (observed, aggregated or derived). */
function latestPlain(index: DatasetIndex, unit: UnitRef, metricId: string, year: number, period: string): UnitValue | null {
  for (const y of yearsUpTo(index, metricId, year)) {
    const value = unitValue(index, unit, metricId, y, period);
    if (value.value !== null) return carried(value, y, year);
  }
  return null;
}

/** A merged unit's own most recent row (a `post-merger` figure), if any. */
function latestOwn(index: DatasetIndex, unit: UnitRef, metricId: string, year: number, period: string): UnitValue | null {
  const readPeriod = periodFor(index, metricId, period);
  for (const y of yearsUpTo(index, metricId, year)) {
    if (selectValue(index, unit, metricId, y, readPeriod)) return carried(unitValue(index, unit, metricId, y, period), y, year);
  }
  return null;
}

function latestMerged(index: DatasetIndex, unit: UnitRef, metricId: string, year: number, period: string): UnitValue {
  const constituents = index.constituents.get(unit.code) ?? [];
  const metric = index.metrics.get(metricId);
  if (constituents.length <= 1 || metric?.derived) return latestPlain(index, unit, metricId, year, period) ?? missing(unit, metricId, 'no-data');
  const own = latestOwn(index, unit, metricId, year, period);
  const parts = constituents.map((p) => latestPlain(index, { edition: 'pre2025', code: p.code }, metricId, year, period));
  const present = parts.filter((part): part is UnitValue => part !== null);
  const partYears = [...new Set(present.map((part) => yearOf(part, year)))];
  const newestPart = Math.max(-Infinity, ...partYears);
  if (own && yearOf(own, year) >= newestPart) return own;
  if (present.length === 0) return missing(unit, metricId, 'no-data');
  if (partYears.length > 1) {
    // Old provinces standing at different dates: a sum would add 2021 to 2023. Provenance lists each date.
    const inputs: Input[] = present.map((part) => ({ unit: part.unit, metric: metricId, selection: part.selection }));
    return missing(unit, metricId, 'as-of-mismatch', { inputs, missingInputs: constituents.filter((_, i) => parts[i] === null).map((p) => ({ edition: 'pre2025' as const, code: p.code })) });
  }
  return carried(unitValue(index, unit, metricId, newestPart, period), newestPart, year);
}

/** A unit's value for `year`; with `asOf = 'latest'` and a stock period, its most recent value up to `year`. */
export function valueAsOf(
  index: DatasetIndex,
  unit: UnitRef,
  metricId: string,
  year: number,
  period: string,
  asOf: AsOfMode | undefined,
): UnitValue {
  if (asOf !== 'latest' || period !== STOCK_PERIOD) return unitValue(index, unit, metricId, year, period);
  if (unit.edition === 'post2025') return latestMerged(index, unit, metricId, year, period);
  return latestPlain(index, unit, metricId, year, period) ?? unitValue(index, unit, metricId, year, period);
}

// Rankings by year with deltas from the previous comparable period, shares of the region total,
// time series and CAGR. Ties share a rank (1, 2, 2, 4); units without a value come last, unranked.
import type { Edition, Metric } from '../data/types';
import { regionProvinces } from '../provinces';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { anyMark, difference, increasing, qualifierOf } from './qualifier';
import { selectValue } from './select';
import { naturalPeriodOf, periodFor, unitValue } from './values';
import { COUNTRY_UNIT, REGION_UNIT, type CagrResult, type RankingQuery, type RankingResult, type RankingRow, type SeriesQuery, type SeriesResult, type UnitRef, type UnitValue } from './types';

export { buildIndex };


export function directionOf(metric: Metric | undefined): RankingResult['direction'] {
  if (!metric || metric.higherIsBetter === null) return 'neutral';
  return metric.higherIsBetter ? 'higher' : 'lower';
}

/** Competition ranks: equal values share a rank and the next rank skips (1, 2, 2, 4). */
export function competitionRanks(values: (number | null)[], direction: RankingResult['direction']): (number | null)[] {
  const order = values
    .map((value, i) => ({ value, i }))
    .filter((entry): entry is { value: number; i: number } => entry.value !== null)
    .sort((a, b) => (direction === 'lower' ? a.value - b.value : b.value - a.value));
  const ranks: (number | null)[] = values.map(() => null);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    ranks[entry.i] = previous && previous.value === entry.value ? (ranks[previous.i] as number) : position + 1;
  });
  return ranks;
}

export function unitsOf(index: DatasetIndex, edition: Edition): UnitRef[] {
  return regionProvinces(index.dataset.provinces, edition).map((p) => ({ edition, code: p.code }));
}

function valuesFor(index: DatasetIndex, units: UnitRef[], metric: string, year: number, period: string): UnitValue[] {
  return units.map((unit) => unitValue(index, unit, metric, year, period));
}

function regionTotal(index: DatasetIndex, metric: Metric | undefined, values: UnitValue[], year: number, period: string) {
  if (!metric || metric.derived) return null;
  const published = selectValue(index, REGION_UNIT, metric.id, year, periodFor(index, metric.id, period));
  if (published) return { value: published.value, origin: 'published' as const, selection: published, qualifier: qualifierOf(published.observation) };
  // A sum only where every unit has a complete value and the metric adds up (DATA.md, "Region totals").
  if (metric.scope === 'province' && metric.aggregate === 'sum' && values.every((v) => v.value !== null && !v.partial)) {
    return {
      value: values.reduce((sum, v) => sum + (v.value as number), 0), origin: 'sum' as const, selection: null,
      qualifier: increasing(...values.map((v) => v.qualifier)),
    };
  }
  return null;
}

export function ranking(index: DatasetIndex, query: RankingQuery): RankingResult {
  const metric = index.metrics.get(query.metric);
  const direction = directionOf(metric);
  const units = unitsOf(index, query.edition);
  const current = valuesFor(index, units, query.metric, query.year, query.period);
  const previousYear = query.year - 1;
  const previous = valuesFor(index, units, query.metric, previousYear, query.period);
  const ranks = competitionRanks(current.map((v) => v.value), direction);
  const previousRanks = competitionRanks(previous.map((v) => v.value), direction);
  const total = regionTotal(index, metric, current, query.year, query.period);
  const shareable = metric?.aggregate === 'sum' && !metric.derived;
  const countrySelection = shareable && metric ? selectValue(index, COUNTRY_UNIT, metric.id, query.year, periodFor(index, metric.id, query.period)) : null;
  const countryTotal = countrySelection
    ? { value: countrySelection.value, selection: countrySelection, qualifier: qualifierOf(countrySelection.observation) }
    : null;

  const rows: RankingRow[] = current.map((value, i) => {
    const before = previous[i].value !== null ? previous[i] : null;
    const deltaAbs = value.value !== null && before ? value.value - (before.value as number) : null;
    const deltaPct = deltaAbs !== null && before && before.value !== 0 ? deltaAbs / Math.abs(before.value as number) : null;
    const rank = ranks[i];
    const previousRank = previousRanks[i];
    const share = shareable && total && value.value !== null && total.value !== 0 ? value.value / total.value : null;
    const countryShare = countryTotal && value.value !== null && countryTotal.value !== 0 ? value.value / countryTotal.value : null;
    return {
      ...value,
      rank,
      share,
      // Against a published total, a lower bound gives a lower-bound share; inside a sum it moves both parts.
      shareQualifier: share === null ? '' : total?.origin === 'published' ? difference(value.qualifier, total.qualifier) : anyMark(value.qualifier, total?.qualifier ?? ''),
      countryShare,
      countryShareQualifier: countryShare === null ? '' : difference(value.qualifier, countryTotal?.qualifier ?? ''),
      previous: before,
      previousRank,
      deltaAbs,
      deltaPct,
      deltaQualifier: deltaAbs === null ? '' : difference(value.qualifier, before?.qualifier ?? ''),
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.code.localeCompare(b.unit.code));
  return {
    query,
    rows,
    reporting: rows.filter((row) => row.value !== null).length,
    total: rows.length,
    direction,
    regionTotal: total,
    countryTotal,
    previousYear: previous.some((v) => v.value !== null) ? previousYear : null,
    previousPeriod: query.period,
  };
}

/** Years in which the metric (or a derived metric's inputs) has any row. */
export function yearsOf(index: DatasetIndex, metricId: string): number[] {
  const metric = index.metrics.get(metricId);
  if (metric?.derived) {
    const ids = metric.derived.match(/[a-z_][a-z0-9_]*/gi) ?? [];
    const sets = ids.map((id) => new Set(yearsOf(index, id)));
    return [...(sets[0] ?? [])].filter((year) => sets.every((set) => set.has(year))).sort((a, b) => a - b);
  }
  return index.yearsByMetric.get(metricId) ?? [];
}

export function series(index: DatasetIndex, query: SeriesQuery): SeriesResult {
  const years = yearsOf(index, query.metric).filter(
    (year) => (query.fromYear === undefined || year >= query.fromYear) && (query.toYear === undefined || year <= query.toYear),
  );
  return {
    query,
    years,
    series: query.units.map((unit) => ({
      unit,
      points: years.map((year) => ({ year, value: unitValue(index, unit, query.metric, year, query.period) })),
    })),
  };
}

/** Compound annual growth between two years; null unless both values are known and positive. */
export function cagr(index: DatasetIndex, unit: UnitRef, metric: string, period: string, fromYear: number, toYear: number): CagrResult {
  const from = unitValue(index, unit, metric, fromYear, period);
  const to = unitValue(index, unit, metric, toYear, period);
  const years = toYear - fromYear;
  const value =
    years > 0 && from.value !== null && to.value !== null && from.value > 0 && to.value > 0
      ? Math.pow(to.value / from.value, 1 / years) - 1
      : null;
  return { unit, fromYear, toYear, from, to, cagr: value };
}

/**
 * The year to show first: the latest year in which at least half the units report (a ranking of one
 * province is not a ranking), else the latest year in which any unit does.
 */
export function defaultYear(index: DatasetIndex, metric: string, period: string, edition: Edition): number | null {
  const units = unitsOf(index, edition);
  const years = yearsOf(index, metric);
  let latestAny: number | null = null;
  for (let i = years.length - 1; i >= 0; i--) {
    const reporting = units.filter((unit) => unitValue(index, unit, metric, years[i], period).value !== null).length;
    if (reporting > 0 && latestAny === null) latestAny = years[i];
    if (reporting * 2 >= units.length) return years[i];
  }
  return latestAny;
}

export { naturalPeriodOf };

// Rankings by year with deltas from the previous comparable period, shares of the region total,
// time series and CAGR. Ties share a rank (1, 2, 2, 4); units without a value come last, unranked.
import type { Edition, Extent, Metric } from '../data/types';
import { extentProvinces } from '../provinces';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { anyMark, difference, increasing, qualifierOf } from './qualifier';
import { selectValue } from './select';
import { naturalPeriodOf, periodFor, unitValue, yearsOf } from './values';
import { coverageNote, likeForLike } from './comparable';
import { valueAsOf } from './latest';
import { countryTotalOf, nationalRanks, nationalRanksOf, shareOf } from './national';
import { definitionChanged, otherDefinitions, sourceChanged, stockSpan } from './basis';
import { REGION_UNIT, type CagrResult, type RankingQuery, type RankingResult, type RankingRow, type SeriesPoint, type SeriesQuery, type SeriesResult, type UnitRef, type UnitValue } from './types';

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

/** The units a ranking covers: the region's provinces (default) or every province of the edition. */
export function unitsOf(index: DatasetIndex, edition: Edition, extent: Extent = 'region'): UnitRef[] {
  return extentProvinces(index.dataset.provinces, edition, extent).map((p) => ({ edition, code: p.code }));
}

/** The units a metric is ranked over: zone figures exist for the region only, so `country` applies to province metrics. */
export function metricUnits(index: DatasetIndex, metricId: string, edition: Edition, extent: Extent = 'region'): UnitRef[] {
  return unitsOf(index, edition, index.metrics.get(metricId)?.scope === 'zones' ? 'region' : extent);
}

/** A value that reports: known and complete (a partial aggregate of a merged unit does not). */
export const isComplete = (value: Pick<UnitValue, 'value' | 'partial'>) => value.value !== null && !value.partial;

function regionTotal(index: DatasetIndex, metric: Metric | undefined, values: UnitValue[], query: RankingQuery) {
  if (!metric || metric.derived || (query.extent ?? 'region') !== 'region') return null;
  const published = selectValue(index, REGION_UNIT, metric.id, query.year, periodFor(index, metric.id, query.period));
  if (published) return { value: published.value, origin: 'published' as const, selection: published, qualifier: qualifierOf(published.observation) };
  // A sum only where every unit has a complete value of the year itself and the metric adds up (DATA.md, "Region totals").
  // Nor a sum of values counted on different definitions.
  const addable = values.every((v) => isComplete(v) && v.carriedFrom === null) && !otherDefinitions(values).some(Boolean);
  if (metric.scope === 'province' && metric.aggregate === 'sum' && addable) {
    return {
      value: values.reduce((sum, v) => sum + (v.value as number), 0), origin: 'sum' as const, selection: null,
      qualifier: increasing(...values.map((v) => v.qualifier)),
    };
  }
  return null;
}

/**
 * Two years of a unit compare when both have a value covering the same old provinces, and (with
 * `asof=latest`) both values stand at their own year: a value carried from an earlier year is no change.
 */
function comparable(before: UnitValue, after: UnitValue): boolean {
  return likeForLike(before, after) && before.carriedFrom === null && after.carriedFrom === null;
}

export function ranking(index: DatasetIndex, query: RankingQuery): RankingResult {
  const metric = index.metrics.get(query.metric);
  const direction = directionOf(metric);
  const units = metricUnits(index, query.metric, query.edition, query.extent);
  const valuesFor = (year: number) => units.map((unit) => valueAsOf(index, unit, query.metric, year, query.period, query.asOf));
  const current = valuesFor(query.year);
  const previousYear = query.year - 1;
  const previous = valuesFor(previousYear);
  // A value counted otherwise than the year's others (new capital including share purchases) is not ranked.
  const otherNow = otherDefinitions(current);
  const otherBefore = otherDefinitions(previous);
  const ranks = competitionRanks(current.map((v, i) => (otherNow[i] ? null : v.value)), direction);
  // Rank changes are taken among the units comparable in both years only: a unit that stops reporting
  // moves nobody up (issue 10 §2); nor does a unit counted on another definition the year before.
  const alike = current.map((value, i) => comparable(previous[i], value));
  const redefined = current.map((value, i) => alike[i] && definitionChanged(previous[i], value));
  const changeable = alike.map((ok, i) => ok && !redefined[i]);
  const common = changeable.map((ok, i) => ok && !otherNow[i] && !otherBefore[i]);
  const commonNow = competitionRanks(current.map((v, i) => (common[i] ? v.value : null)), direction);
  const commonBefore = competitionRanks(previous.map((v, i) => (common[i] ? v.value : null)), direction);
  const previousRanks = competitionRanks(previous.map((v, i) => (otherBefore[i] ? null : v.value)), direction);
  const total = regionTotal(index, metric, current, query);
  const shareable = metric?.aggregate === 'sum' && !metric.derived;
  const countryTotal = countryTotalOf(index, query.metric, query.year, query.period);
  // Every province of the edition, in either extent: a delta province carries its place in the country.
  // With the whole country shown (and no carried values) the ranked values are already every province's.
  const national = metric?.scope === 'province' && query.extent === 'country' && !query.asOf
    ? nationalRanksOf(current, direction, current.length)
    : nationalRanks(index, query.metric, query.year, query.period, query.edition, direction);

  const rows: RankingRow[] = current.map((value, i) => {
    const before = previous[i].value !== null ? previous[i] : null;
    const deltaAbs = changeable[i] && before ? (value.value as number) - (before.value as number) : null;
    const deltaPct = deltaAbs !== null && before && before.value !== 0 ? deltaAbs / Math.abs(before.value as number) : null;
    const rank = ranks[i];
    const share = shareable && total && value.value !== null && total.value !== 0 && !otherNow[i] ? value.value / total.value : null;
    const { share: countryShare, qualifier: countryShareQualifier } = otherNow[i] || definitionChanged(value, countryTotal ? { value: countryTotal.value, selection: countryTotal.selection, inputs: [] } : null)
      ? { share: null, qualifier: '' as const }
      : shareOf(value.value, value.qualifier, countryTotal);
    const span = deltaAbs !== null ? stockSpan(before, value, query.period) : null;
    return {
      ...value,
      rank,
      share,
      // Against a published total, a lower bound gives a lower-bound share; inside a sum it moves both parts.
      shareQualifier: share === null ? '' : total?.origin === 'published' ? difference(value.qualifier, total.qualifier) : anyMark(value.qualifier, total?.qualifier ?? ''),
      countryShare,
      countryShareQualifier,
      previous: before,
      previousRank: previousRanks[i],
      deltaAbs,
      deltaPct,
      deltaQualifier: deltaAbs === null ? '' : difference(value.qualifier, before?.qualifier ?? ''),
      rankChange: common[i] ? (commonBefore[i] as number) - (commonNow[i] as number) : null,
      coverageNote: coverageNote(previous[i], value, previousYear, query.year),
      nationalRank: value.carriedFrom === null ? (national?.ranks.get(value.unit.code) ?? null) : null,
      sourceChange: deltaAbs !== null && sourceChanged(before, value, query.period),
      definitionChange: redefined[i],
      otherDefinition: otherNow[i],
      deltaSpan: span,
      partYear: span?.partYear ?? false,
    };
  });
  // Ranked first, then values without a rank (counted otherwise), then no value: as the ranking bars show them.
  const order = (row: RankingRow) => row.rank ?? (row.value !== null ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER);
  rows.sort((a, b) => order(a) - order(b) || a.unit.code.localeCompare(b.unit.code));
  return {
    query,
    rows,
    reporting: current.filter(isComplete).length,
    total: rows.length,
    commonReporters: common.filter(Boolean).length,
    direction,
    regionTotal: total,
    countryTotal,
    national: national ? { reporting: national.reporting, total: national.total } : null,
    previousYear: previous.some((v) => v.value !== null) ? previousYear : null,
    previousPeriod: query.period,
  };
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
      points: withSourceChanges(years.map((year) => ({ year, value: unitValue(index, unit, query.metric, year, query.period) })), query.period),
    })),
  };
}

/**
 * Marks each point whose source, or definition, differs from the previous year's value (consecutive years
 * only: a gap is a gap).
 */
function withSourceChanges(points: SeriesPoint[], period: string): SeriesPoint[] {
  return points.map((point, i) => {
    const before = points[i - 1];
    const consecutive = !!before && before.year === point.year - 1;
    const sourceChange = consecutive && sourceChanged(before.value, point.value, period);
    const definitionChange = consecutive && definitionChanged(before.value, point.value);
    return sourceChange || definitionChange
      ? { ...point, ...(sourceChange ? { sourceChange } : {}), ...(definitionChange ? { definitionChange } : {}) }
      : point;
  });
}

/** Compound annual growth between two years; null unless both values are known and positive. */
export function cagr(index: DatasetIndex, unit: UnitRef, metric: string, period: string, fromYear: number, toYear: number): CagrResult {
  const from = unitValue(index, unit, metric, fromYear, period);
  const to = unitValue(index, unit, metric, toYear, period);
  const years = toYear - fromYear;
  // Only like for like: a merged unit's two values must cover the same old provinces.
  const value =
    years > 0 && likeForLike(from, to) && (from.value as number) > 0 && (to.value as number) > 0
      ? Math.pow((to.value as number) / (from.value as number), 1 / years) - 1
      : null;
  return { unit, fromYear, toYear, from, to, cagr: value };
}

/** Units with a complete value, per year of the metric (its natural period), and how many units there are. */
export function reportingByYear(index: DatasetIndex, metric: string, period: string, units: readonly UnitRef[]): { years: number[]; complete: number[]; any: number[] } {
  const years = yearsOf(index, metric);
  const complete: number[] = [];
  const any: number[] = [];
  for (const year of years) {
    const values = units.map((unit) => unitValue(index, unit, metric, year, period));
    complete.push(values.filter(isComplete).length);
    any.push(values.filter((v) => v.value !== null).length);
  }
  return { years, complete, any };
}

/**
 * The year to show first: the latest year in which at least half the units have a complete value (a ranking
 * of one province is not a ranking), else the latest in which any unit has a value, else the latest year of
 * the metric at all (the bloc's own figures: the map is then empty and says so). Null without any data.
 */
export function defaultYear(index: DatasetIndex, metric: string, period: string, edition: Edition, extent: Extent = 'region'): number | null {
  const units = metricUnits(index, metric, edition, extent);
  const { years, complete, any } = reportingByYear(index, metric, period, units);
  for (let i = years.length - 1; i >= 0; i--) if (complete[i] * 2 >= units.length && complete[i] > 0) return years[i];
  for (let i = years.length - 1; i >= 0; i--) if (any[i] > 0) return years[i];
  return years.length ? years[years.length - 1] : null;
}

export { naturalPeriodOf, yearsOf };

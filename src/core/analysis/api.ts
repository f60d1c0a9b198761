// The analysis API the worker exposes: one dataset loaded once, then small queries and results.
// The same object runs on the main thread in benchmarks, for comparison.
import type { Dataset, Edition } from '../data/types';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { cagr, defaultYear, ranking, series, yearsOf } from './ranking';
import { naturalPeriodOf, unitValue } from './values';
import type { CagrResult, RankingQuery, RankingResult, SeriesQuery, SeriesResult, UnitRef, UnitValue } from './types';
import { yearTable, type YearTable } from './table';

export interface MetricDefaults {
  metric: string;
  period: string;
  year: number | null;
  years: number[];
  /** Periods with data for the metric, most common first (derived metrics: their natural period). */
  periods: string[];
}

export interface AnalysisApi {
  /** Loads the dataset from the bundle's bytes (transferred, not copied). Returns the row count. */
  load(bundle: ArrayBuffer): number;
  defaults(metric: string, edition: Edition): MetricDefaults;
  ranking(query: RankingQuery): RankingResult;
  series(query: SeriesQuery): SeriesResult;
  value(unit: UnitRef, metric: string, year: number, period: string): UnitValue;
  cagr(unit: UnitRef, metric: string, period: string, fromYear: number, toYear: number): CagrResult;
  /** One ranking per year, in one call (bump charts, slope charts). */
  rankings(query: Omit<RankingQuery, 'year'>, years: number[]): RankingResult[];
  /** Several metrics' series for the same units, in one call (small multiples). */
  multiSeries(metrics: string[], units: UnitRef[], fromYear?: number, toYear?: number): SeriesResult[];
  /** Every metric of a scope for one year and edition (the data table). */
  yearTable(edition: Edition, year: number): YearTable;
}

export function createAnalysis(decode: (json: unknown) => Dataset): AnalysisApi {
  let index: DatasetIndex | null = null;
  const ready = (): DatasetIndex => {
    if (!index) throw new Error('analysis: the dataset has not been loaded');
    return index;
  };
  return {
    load(bundle) {
      const dataset = decode(JSON.parse(new TextDecoder().decode(bundle)));
      index = buildIndex(dataset);
      return dataset.observations.length;
    },
    defaults(metric, edition) {
      const idx = ready();
      const period = naturalPeriodOf(idx, metric);
      const periods = idx.periodsByMetric.get(metric) ?? [period];
      return { metric, period, year: defaultYear(idx, metric, period, edition), years: yearsOf(idx, metric), periods };
    },
    ranking: (query) => ranking(ready(), query),
    series: (query) => series(ready(), query),
    value: (unit, metric, year, period) => unitValue(ready(), unit, metric, year, period),
    cagr: (unit, metric, period, fromYear, toYear) => cagr(ready(), unit, metric, period, fromYear, toYear),
    rankings: (query, years) => years.map((year) => ranking(ready(), { ...query, year })),
    multiSeries: (metrics, units, fromYear, toYear) => {
      const idx = ready();
      return metrics.map((metric) => series(idx, { metric, period: naturalPeriodOf(idx, metric), units, fromYear, toYear }));
    },
    yearTable: (edition, year) => yearTable(ready(), edition, year),
  };
}

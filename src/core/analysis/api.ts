// The analysis API the worker exposes: one dataset loaded once, then small queries and results.
// The same object runs on the main thread in benchmarks, for comparison.
import type { Dataset, Edition, Scope, Source } from '../data/types';
import { userObservations, userSourceId } from '../import/observations';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { cagr, defaultYear, ranking, series, yearsOf } from './ranking';
import { naturalPeriodOf, unitValue } from './values';
import type { CagrResult, RankingQuery, RankingResult, SeriesQuery, SeriesResult, UnitRef, UnitValue } from './types';
import { yearTable, type YearTable } from './table';
import { createImportSession, type ImportSession } from '../import/session';
import type { ImportLimits, ImportProgress, ImportSummary, UserRow } from '../import/types';
import { zoneDistanceTable, type ZoneDistanceTable } from '../logistics/nearest';

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
  yearTable(edition: Edition, year: number, scope?: Scope): YearTable;
  /**
   * Every located zone's straight-line distance to the nearest operating airport, seaport, inland depot and
   * border gate (core/logistics/nearest.ts). Computed here, once per dataset, rather than at build time: the
   * bundle then ships no derived number that could drift from zones.csv and logistics.csv.
   */
  zoneDistances(): ZoneDistanceTable;
  /**
   * Starts importing a user's CSV against the loaded dataset's metrics and provinces (a new start drops
   * the previous import). The main thread then feeds the file in chunks, so it stays responsive.
   */
  importStart(options: ImportStartOptions): void;
  /** The next piece of the file's text (File.slice + TextDecoder with stream: true). */
  importChunk(text: string): ImportProgress;
  /** Ends the input: counts, the first problems and rejected rows, the first rows. The rows stay here. */
  importFinish(): ImportSummary;
  /** A page of the accepted rows of the last finished import. */
  importRows(offset: number, limit: number): UserRow[];
  /** Drops the import in progress or its result. */
  importCancel(): void;
  /**
   * The user's own figures, as a layer over the curated data (never a silent overwrite: where they differ
   * from a curated value the value is contested, with both). `null` switches the layer off.
   */
  setUserLayer(rows: UserRow[] | null, layer?: { id: string; title: string; date: string }): number;
}

export interface ImportStartOptions {
  /** Years up to currentYear + 1 are accepted. */
  currentYear: number;
  limits?: Partial<ImportLimits>;
  /** Accepted rows returned in the summary's preview (default 50). */
  previewRows?: number;
}

export function createAnalysis(decode: (json: unknown) => Dataset): AnalysisApi {
  let index: DatasetIndex | null = null;
  let base: Dataset | null = null;
  let importing: { session: ImportSession; previewRows: number } | null = null;
  let imported: UserRow[] = [];
  let distances: ZoneDistanceTable | null = null;
  const ready = (): DatasetIndex => {
    if (!index) throw new Error('analysis: the dataset has not been loaded');
    return index;
  };
  return {
    load(bundle) {
      const dataset = decode(JSON.parse(new TextDecoder().decode(bundle)));
      base = dataset;
      distances = null;
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
    yearTable: (edition, year, scope) => yearTable(ready(), edition, year, scope),
    zoneDistances() {
      const { dataset } = ready();
      distances ??= zoneDistanceTable(dataset.zones, dataset.logistics);
      return distances;
    },
    importStart(options) {
      const { dataset } = ready();
      imported = [];
      importing = {
        session: createImportSession({
          metrics: dataset.metrics, provinces: dataset.provinces, currentYear: options.currentYear, limits: options.limits,
        }),
        previewRows: options.previewRows ?? 50,
      };
    },
    importChunk(text) {
      if (!importing) throw new Error('analysis: importChunk before importStart');
      return importing.session.push(text);
    },
    importFinish() {
      if (!importing) throw new Error('analysis: importFinish before importStart');
      const { rows, ...result } = importing.session.finish();
      const preview = rows.slice(0, importing.previewRows);
      imported = rows;
      importing = null;
      return { ...result, preview };
    },
    importRows: (offset, limit) => imported.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit)),
    importCancel() {
      importing = null;
      imported = [];
    },
    setUserLayer(rows, layer) {
      if (!base) throw new Error('analysis: the dataset has not been loaded');
      if (!rows || rows.length === 0 || !layer) {
        index = buildIndex(base);
        return 0;
      }
      const observations = userObservations(rows, layer.id);
      const source: Source = {
        id: userSourceId(layer.id), title: layer.title, publisher: 'user', publisherEn: '', url: '', officialUrl: '', citation: layer.title,
        date: layer.date, tier: 'A', kind: 'user',
      };
      index = buildIndex({ ...base, observations: [...base.observations, ...observations], sources: [...base.sources, source] });
      return observations.length;
    },
  };
}

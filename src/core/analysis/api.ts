// The analysis API the worker exposes: one dataset loaded once, then small queries and results.
// The same object runs on the main thread in benchmarks, for comparison.
import { USER_TIER, type Dataset, type Edition, type Extent, type Scope, type Source } from '../data/types';
import { userObservations, userSourceId } from '../import/observations';
import { buildIndex, type DatasetIndex } from './dataset-index';
import { cagr, defaultYear, metricUnits, ranking, reportingByYear, series, yearsOf } from './ranking';
import { metricCoverage, type MetricCoverage } from './coverage';
import { regionCountryShare, type RegionSharePoint } from './national';
import { classScale, type ScaleQuery } from './scale';
import type { FixedScale } from '../choropleth/breaks';
import { naturalPeriodOf, unitValue } from './values';
import { buildPlanIndex, planComparison, planTrend, provincePlans, type PlanComparison, type PlanIndex, type PlanTrend, type ProvincePlans } from './plans';
import type { CagrResult, RankingQuery, RankingResult, SeriesQuery, SeriesResult, UnitRef, UnitValue } from './types';
import { yearTable, type YearTable } from './table';
import { createImportSession, type ImportSession } from '../import/session';
import { checkStoredLayer, type StoredLayerCheck } from '../import/stored';
import type { ImportLimits, ImportProgress, ImportSummary, UserRow } from '../import/types';
import { zoneDistanceTable, type ZoneDistanceTable } from '../logistics/nearest';

export interface MetricDefaults {
  metric: string;
  period: string;
  year: number | null;
  years: number[];
  /** Periods with data for the metric, most common first (derived metrics: their natural period). */
  periods: string[];
  /** Units of the edition and extent, and per year of `years` how many have a complete value (natural period). */
  total: number;
  complete: number[];
}

export interface AnalysisApi {
  /** Loads the dataset from the bundle's bytes (transferred, not copied). Returns the row count. */
  load(bundle: ArrayBuffer): number;
  defaults(metric: string, edition: Edition, extent?: Extent): MetricDefaults;
  /** Every metric's coverage per year (the metric picker, the presenter's metrics). */
  coverage(edition: Edition, extent?: Extent): MetricCoverage[];
  /** The map's colour classes, fixed across the years of the metric. */
  classScale(query: ScaleQuery): FixedScale;
  ranking(query: RankingQuery): RankingResult;
  series(query: SeriesQuery): SeriesResult;
  value(unit: UnitRef, metric: string, year: number, period: string): UnitValue;
  cagr(unit: UnitRef, metric: string, period: string, fromYear: number, toYear: number): CagrResult;
  /** The region's total as a share of the country's, per year of the metric (derived; the trend view). */
  regionShare(metric: string, period: string, edition: Edition): RegionSharePoint[];
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
   * Starts importing a user's CSV against the loaded dataset's metrics and provinces, and returns the new
   * session's key. A new start drops the previous import, finished or not: the calls below name their
   * session, and one that is no longer the current one is refused with `null` (a stale chunk of a file the
   * user replaced is never mixed into the new one). The main thread feeds the file in chunks, so it stays
   * responsive.
   */
  importStart(options: ImportStartOptions): number;
  /** The next piece of the file's text (File.slice + TextDecoder with stream: true); null: a stale session. */
  importChunk(session: number, text: string): ImportProgress | null;
  /** Ends the input: counts, the first problems and rejected rows, the first rows. The rows stay here. */
  importFinish(session: number): ImportSummary | null;
  /** A page of the accepted rows of the session, once finished; null when it is not the current one. */
  importRows(session: number, offset: number, limit: number): UserRow[] | null;
  /** Drops the session's import, in progress or finished (nothing when another session is current). */
  importCancel(session: number): void;
  /** A layer read back from the browser's storage, checked like an import before anything of it is shown. */
  checkStoredLayer(record: unknown, currentYear: number): StoredLayerCheck;
  /**
   * The user's own figures, as a layer over the curated data (never a silent overwrite: where they differ
   * from a curated value the value is contested, with both). `null` switches the layer off.
   */
  setUserLayer(rows: UserRow[] | null, layer?: { id: string; title: string; date: string }): number;
  /**
   * A unit's published target and stated ratio for a metric, year and period beside the achieved value (chosen by
   * the usual rules, never from a plan row) and the ratio computed from the two; `reason` says why there is none.
   */
  planComparison(unit: UnitRef, metric: string, year: number, period: string): PlanComparison;
  /** Every metric and year a unit has a target or a stated ratio for, or why it has none. */
  provincePlans(unit: UnitRef): ProvincePlans;
  /** Several units' plans for one metric and period, by year (target marks on a trend line). */
  planTrend(units: UnitRef[], metric: string, period: string): PlanTrend;
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
  let plans: PlanIndex | null = null;
  /** The one current import: its key, the session while text comes in, then its rows. */
  let current: { key: number; session: ImportSession | null; previewRows: number; rows: UserRow[] | null } | null = null;
  let lastKey = 0;
  const session = (key: number) => (current && current.key === key ? current : null);
  let distances: ZoneDistanceTable | null = null;
  const ready = (): DatasetIndex => {
    if (!index) throw new Error('analysis: the dataset has not been loaded');
    return index;
  };
  // Answers that read every year of every metric, kept per index (a new user layer is a new index).
  const cache = new WeakMap<DatasetIndex, Map<string, unknown>>();
  const cached = <T>(key: string, compute: (idx: DatasetIndex) => T): T => {
    const idx = ready();
    let answers = cache.get(idx);
    if (!answers) cache.set(idx, (answers = new Map()));
    if (!answers.has(key)) answers.set(key, compute(idx));
    return answers.get(key) as T;
  };
  return {
    load(bundle) {
      const dataset = decode(JSON.parse(new TextDecoder().decode(bundle)));
      base = dataset;
      distances = null;
      index = buildIndex(dataset);
      // Plans get their own index: the observation index (rankings, series, totals, defaults) never sees them.
      plans = buildPlanIndex(dataset);
      return dataset.observations.length;
    },
    defaults(metric, edition, extent = 'region') {
      const idx = ready();
      const period = naturalPeriodOf(idx, metric);
      const periods = idx.periodsByMetric.get(metric) ?? [period];
      const units = metricUnits(idx, metric, edition, extent);
      const { complete } = reportingByYear(idx, metric, period, units);
      return { metric, period, year: defaultYear(idx, metric, period, edition, extent), years: yearsOf(idx, metric), periods, total: units.length, complete };
    },
    coverage: (edition, extent = 'region') => cached(`coverage|${edition}|${extent}`, (idx) => metricCoverage(idx, edition, extent)),
    classScale: (query) =>
      cached(`scale|${query.metric}|${query.period}|${query.edition}|${query.extent ?? 'region'}|${query.color}|${query.delta}`, (idx) => classScale(idx, query)),
    ranking: (query) => ranking(ready(), query),
    series: (query) => series(ready(), query),
    value: (unit, metric, year, period) => unitValue(ready(), unit, metric, year, period),
    cagr: (unit, metric, period, fromYear, toYear) => cagr(ready(), unit, metric, period, fromYear, toYear),
    regionShare: (metric, period, edition) => regionCountryShare(ready(), metric, period, edition),
    rankings: (query, years) => years.map((year) => ranking(ready(), { ...query, year })),
    multiSeries: (metrics, units, fromYear, toYear) => {
      const idx = ready();
      return metrics.map((metric) => series(idx, { metric, period: naturalPeriodOf(idx, metric), units, fromYear, toYear }));
    },
    yearTable: (edition, year, scope) => yearTable(ready(), edition, year, scope),
    planComparison: (unit, metric, year, period) => planComparison(ready(), plans as PlanIndex, unit, metric, year, period),
    provincePlans: (unit) => provincePlans(ready(), plans as PlanIndex, unit),
    planTrend: (units, metric, period) => planTrend(ready(), plans as PlanIndex, units, metric, period),
    zoneDistances() {
      const { dataset } = ready();
      distances ??= zoneDistanceTable(dataset.zones, dataset.logistics);
      return distances;
    },
    importStart(options) {
      const { dataset } = ready();
      lastKey += 1;
      current = {
        key: lastKey,
        session: createImportSession({
          metrics: dataset.metrics, provinces: dataset.provinces, currentYear: options.currentYear, limits: options.limits,
        }),
        previewRows: options.previewRows ?? 50,
        rows: null,
      };
      return lastKey;
    },
    importChunk(key, text) {
      const reading = session(key)?.session;
      return reading ? reading.push(text) : null;
    },
    importFinish(key) {
      const entry = session(key);
      if (!entry?.session) return null;
      const { rows, ...result } = entry.session.finish();
      entry.session = null;
      entry.rows = rows;
      return { ...result, preview: rows.slice(0, entry.previewRows) };
    },
    importRows(key, offset, limit) {
      const rows = session(key)?.rows;
      return rows ? rows.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit)) : null;
    },
    importCancel(key) {
      if (session(key)) current = null;
    },
    checkStoredLayer(record, currentYear) {
      const { dataset } = ready();
      return checkStoredLayer(record, { metrics: dataset.metrics, provinces: dataset.provinces, currentYear });
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
        date: layer.date, tier: USER_TIER, kind: 'user',
      };
      index = buildIndex({ ...base, observations: [...base.observations, ...observations], sources: [...base.sources, source] });
      return observations.length;
    },
  };
}

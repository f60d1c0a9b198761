// Look-up tables over the dataset, built once (in the worker) so each query is a few map reads.
import type { Dataset, Metric, Observation, Province, Source, UnitEdition } from '../data/types';
import { STOCK_PERIOD } from './types';

export interface DatasetIndex {
  dataset: Dataset;
  metrics: Map<string, Metric>;
  sources: Map<string, Source>;
  /** Rows by `edition|code|metric`. */
  rows: Map<string, Observation[]>;
  /** pre2025 constituents of each post2025 unit. */
  constituents: Map<string, Province[]>;
  /** Years with any row, per metric. */
  yearsByMetric: Map<string, number[]>;
  /** Most common period per metric (its natural period). */
  naturalPeriod: Map<string, string>;
  /** Periods a metric has rows for, most common first. */
  periodsByMetric: Map<string, string[]>;
}

export const rowKey = (edition: UnitEdition, code: string, metric: string) => `${edition}|${code}|${metric}`;

/** The year a row belongs to: a stock to the year of its `as_of`, a flow to its own year. */
export function rowYear(row: Observation): number {
  if (row.period === STOCK_PERIOD && /^\d{4}/.test(row.asOf)) return Number(row.asOf.slice(0, 4));
  return row.year;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const rows = new Map<string, Observation[]>();
  const years = new Map<string, Set<number>>();
  const periodCounts = new Map<string, Map<string, number>>();
  for (const row of dataset.observations) {
    const key = rowKey(row.edition, row.code, row.metric);
    let list = rows.get(key);
    if (!list) rows.set(key, (list = []));
    list.push(row);
    let set = years.get(row.metric);
    if (!set) years.set(row.metric, (set = new Set()));
    set.add(rowYear(row));
    let counts = periodCounts.get(row.metric);
    if (!counts) periodCounts.set(row.metric, (counts = new Map()));
    counts.set(row.period, (counts.get(row.period) ?? 0) + 1);
  }
  const constituents = new Map<string, Province[]>();
  for (const province of dataset.provinces) {
    if (province.edition !== 'pre2025' || !province.successor) continue;
    let list = constituents.get(province.successor);
    if (!list) constituents.set(province.successor, (list = []));
    list.push(province);
  }
  const naturalPeriod = new Map<string, string>();
  const periodsByMetric = new Map<string, string[]>();
  for (const [metric, counts] of periodCounts) {
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === 'FY' ? -1 : b[0] === 'FY' ? 1 : a[0].localeCompare(b[0])));
    naturalPeriod.set(metric, sorted[0][0]);
    periodsByMetric.set(metric, sorted.map(([period]) => period));
  }
  return {
    dataset,
    metrics: new Map(dataset.metrics.map((m) => [m.id, m])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    rows,
    constituents,
    yearsByMetric: new Map([...years].map(([metric, set]) => [metric, [...set].sort((a, b) => a - b)])),
    naturalPeriod,
    periodsByMetric,
  };
}

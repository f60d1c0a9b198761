// How well each metric is covered, for the metric picker (issue 10 §6) and the presenter's ↑/↓ (§5): per
// year, the units of the edition and extent with a complete value in the metric's natural period. Pure.
import type { Edition, Extent } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { metricUnits, reportingByYear } from './ranking';
import { naturalPeriodOf } from './values';

export interface MetricCoverage {
  metric: string;
  period: string;
  /** Units of the edition and extent (the region's for a zone metric). */
  total: number;
  /** Years with any row of the metric (the bloc's included), ascending. */
  years: number[];
  /** complete[i]: units with a complete value in years[i]. */
  complete: number[];
}

export function metricCoverage(index: DatasetIndex, edition: Edition, extent: Extent = 'region'): MetricCoverage[] {
  return index.dataset.metrics.map((metric) => {
    const units = metricUnits(index, metric.id, edition, extent);
    const period = naturalPeriodOf(index, metric.id);
    const { years, complete } = reportingByYear(index, metric.id, period, units);
    return { metric: metric.id, period, total: units.length, years, complete };
  });
}

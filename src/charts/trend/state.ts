// Trend lines, without layout: every unit's values over the years, split at gaps (and where a merged unit's
// values cover other old provinces), with the selected and compared units highlighted, else the three with the
// highest latest values (issue 10 §8), and the rest quiet.
import type { SeriesResult, UnitRef, UnitValue } from '../../core/analysis/types';
import type { Lang } from '../../core/names';
import { marksOf, type Mark } from '../../core/analysis/marks';
import { defaultHighlighter, drawOrder, marksShown, seriesOf, topByLatest, type HighlightedSeries } from '../shared/highlight';
import { consecutiveRuns, likeRuns } from '../shared/segments';
import { valueDomainOf } from '../shared/axes';

export interface TrendOptions {
  selected: string | null;
  compare: string[];
  lang: Lang;
  /** The unit's name in `lang` (defaults to its code); used for labels and to order quiet units. */
  nameOf?: (unit: UnitRef) => string;
  /** Lower is better (a rank, a price): nothing chosen, the three lowest stand out. */
  lowerIsBetter?: boolean;
  /** The values are ranks: 1 at the top of the axis. */
  rankOrder?: boolean;
}

export interface TrendPoint {
  code: string;
  year: number;
  value: number;
  unitValue: UnitValue;
  marks: Mark[];
}

export interface TrendSeries extends HighlightedSeries {
  /** Every year with a value, in year order. */
  points: TrendPoint[];
  /** Runs of consecutive years with a value: one line each; a run of one is a lone dot. */
  segments: TrendPoint[][];
  /** The latest point (where the end label goes). */
  last: TrendPoint | null;
}

export interface TrendState {
  metric: string;
  period: string;
  years: number[];
  /** Quiet units first (by name), then highlighted ones in highlight order, so these are drawn on top. */
  series: TrendSeries[];
  /** [min, max] over all values, with 0 included (from 1 for ranks); null when there is no value at all. */
  valueDomain: [number, number] | null;
  /** Ranks: 1 at the top. */
  rankOrder: boolean;
  /** Which marks occur, for the key under the chart. */
  marksShown: Mark[];
  /** Why the highlighted units stand out: chosen by the reader, or the best three by their latest value. */
  highlightedBy: 'selection' | 'top';
  /** Which end "best" is: the highest latest values, or the lowest where lower is better. */
  best: 'highest' | 'lowest';
}

export function trendState(result: SeriesResult, options: TrendOptions): TrendState {
  const { highlight, chosen } = defaultHighlighter(options.selected, options.compare, () =>
    topByLatest(result.series.flatMap(({ unit, points }) => points.map((p) => ({ code: unit.code, year: p.year, value: p.value.value }))), options.lowerIsBetter),
  );
  const nameOf = options.nameOf ?? ((unit: UnitRef) => unit.code);
  const series: TrendSeries[] = result.series.map(({ unit, points: raw }) => {
    const ordered = [...raw].sort((a, b) => a.year - b.year);
    const withValue = ordered.map(
      (point): TrendPoint & { present: boolean } => ({
        code: unit.code,
        year: point.year,
        value: point.value.value ?? Number.NaN,
        unitValue: point.value,
        // A year whose source or definition differs from the year before's is marked there (core: basis.ts).
        marks: marksOf({ ...point.value, sourceChange: point.sourceChange, definitionChange: point.definitionChange }),
        present: point.value.value !== null && Number.isFinite(point.value.value),
      }),
    );
    const segments = likeRuns(consecutiveRuns(withValue, (p) => p.present).map((run) => run.map(stripPresent)));
    const points = segments.flat();
    return { ...seriesOf(unit, highlight, nameOf), points, segments, last: points[points.length - 1] ?? null };
  });
  series.sort(drawOrder(options.lang));
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  return {
    metric: result.query.metric,
    period: result.query.period,
    years: [...result.years].sort((a, b) => a - b),
    series,
    valueDomain: valueDomainOf(values, options.rankOrder ?? false),
    rankOrder: options.rankOrder ?? false,
    marksShown: marksShown(series.flatMap((s) => s.points)),
    highlightedBy: chosen ? 'selection' : 'top',
    best: options.lowerIsBetter ? 'lowest' : 'highest',
  };
}

function stripPresent({ present: _present, ...point }: TrendPoint & { present: boolean }): TrendPoint {
  return point;
}

// Bump chart, without layout: each unit's rank year by year (rank 1 first). Ties share a rank; a line only
// joins two consecutive years in which the unit has a rank.
import type { RankingResult, RankingRow, UnitRef } from '../../core/analysis/types';
import { compareNames, type Lang } from '../../core/names';
import { marksOf, type Mark } from '../../core/analysis/marks';
import { drawOrder, highlighter, marksShown, seriesOf, type HighlightedSeries } from '../shared/highlight';
import { consecutiveRuns } from '../shared/segments';

export interface BumpOptions {
  selected: string | null;
  compare: string[];
  lang: Lang;
  nameOf?: (unit: UnitRef) => string;
}

export interface BumpPoint {
  code: string;
  year: number;
  rank: number;
  /** True when another unit shares the rank that year. */
  tied: boolean;
  /** 1-based place in that year's order, ties broken by name: where the unit's label can sit. */
  position: number;
  row: RankingRow;
  marks: Mark[];
}

export interface BumpSeries extends HighlightedSeries {
  points: BumpPoint[];
  segments: BumpPoint[][];
}

export interface BumpState {
  metric: string;
  period: string;
  years: number[];
  /** The lowest rank that can occur (the number of units ranked in the fullest year). */
  maxRank: number;
  direction: RankingResult['direction'];
  /** Quiet units first (by name), highlighted ones last so they are drawn on top. */
  series: BumpSeries[];
  /** Units ranked in the first and in the last year, in place order: the labels at the two ends. */
  startOrder: BumpPoint[];
  endOrder: BumpPoint[];
  marksShown: Mark[];
}

export function bumpState(results: RankingResult[], options: BumpOptions): BumpState {
  const highlight = highlighter(options.selected, options.compare);
  const nameOf = options.nameOf ?? ((unit: UnitRef) => unit.code);
  const byYear = [...results].sort((a, b) => a.query.year - b.query.year);
  const units = new Map<string, UnitRef>();
  const pointsByCode = new Map<string, BumpPoint[]>();

  for (const result of byYear) {
    const ranked = result.rows.filter((row): row is RankingRow & { rank: number } => row.rank !== null);
    const ordered = [...ranked].sort(
      (a, b) => a.rank - b.rank || compareNames(options.lang, nameOf(a.unit), nameOf(b.unit)),
    );
    for (const row of result.rows) if (!units.has(row.unit.code)) units.set(row.unit.code, row.unit);
    ordered.forEach((row, i) => {
      const point: BumpPoint = {
        code: row.unit.code,
        year: result.query.year,
        rank: row.rank,
        tied: ranked.some((other) => other !== row && other.rank === row.rank),
        position: i + 1,
        row,
        marks: marksOf(row),
      };
      pointsByCode.set(row.unit.code, [...(pointsByCode.get(row.unit.code) ?? []), point]);
    });
  }

  const series: BumpSeries[] = [...units.values()].map((unit) => {
    const points = pointsByCode.get(unit.code) ?? [];
    return { ...seriesOf(unit, highlight, nameOf), points, segments: consecutiveRuns(points, () => true) };
  });
  series.sort(drawOrder(options.lang));

  const years = byYear.map((r) => r.query.year);
  const atYear = (year: number | undefined) =>
    series
      .map((s) => s.points.find((p) => p.year === year))
      .filter((p): p is BumpPoint => !!p)
      .sort((a, b) => a.position - b.position);
  return {
    metric: byYear[0]?.query.metric ?? '',
    period: byYear[0]?.query.period ?? '',
    years,
    maxRank: Math.max(0, ...byYear.map((r) => r.rows.filter((row) => row.rank !== null).length)),
    direction: byYear[0]?.direction ?? 'neutral',
    series,
    startOrder: atYear(years[0]),
    endOrder: years.length > 1 ? atYear(years[years.length - 1]) : [],
    marksShown: marksShown(series.flatMap((s) => s.points)),
  };
}

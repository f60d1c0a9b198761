// Bump chart, without layout: each unit's rank year by year (rank 1 first). Ties share a rank; a line only
// joins two consecutive years in which the unit has a rank. Each year's rank is among that year's reporters:
// where the set of reporters changes from one year to the next, the link between them is a "bridge" (drawn
// faded and dashed, with a note), since a move there may be made by who reports, not by the unit (issue 10 §2).
import type { RankingResult, RankingRow, UnitRef } from '../../core/analysis/types';
import { compareNames, type Lang } from '../../core/names';
import { marksOf, type Mark } from '../../core/analysis/marks';
import { defaultHighlighter, drawOrder, marksShown, seriesOf, topByLatest, type HighlightedSeries } from '../shared/highlight';
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
  /** Runs of consecutive years with the same reporters: solid lines. */
  segments: BumpPoint[][];
  /** Links between consecutive years whose reporters differ: faded, dashed. */
  bridges: [BumpPoint, BumpPoint][];
}

export interface BumpYear {
  year: number;
  /** Units with a complete value, of the units ranked over (CONTRACTS.md `data-reporting`). */
  reporting: number;
  total: number;
  /** The set of ranked units differs from the year before. */
  changed: boolean;
  /** Fewer than half the units report: the year is not ranked (a rank 1 of 1 says nothing). */
  ranked: boolean;
}

export interface BumpState {
  metric: string;
  period: string;
  years: number[];
  /** The lowest rank that can occur (the number of units ranked in the fullest year). */
  maxRank: number;
  direction: RankingResult['direction'];
  /** Per year: how many report, and whether the reporters differ from the year before. */
  reporting: BumpYear[];
  /** Quiet units first (by name), highlighted ones last so they are drawn on top. */
  series: BumpSeries[];
  /** Units ranked in the first and in the last year, in place order: the labels at the two ends. */
  startOrder: BumpPoint[];
  endOrder: BumpPoint[];
  marksShown: Mark[];
}

export function bumpState(results: RankingResult[], options: BumpOptions): BumpState {
  // Nothing chosen: the same three as the trend lines above it (highest latest value).
  const { highlight } = defaultHighlighter(options.selected, options.compare, () =>
    topByLatest(results.flatMap((r) => r.rows.map((row) => ({ code: row.unit.code, year: r.query.year, value: row.value }))), results[0]?.direction === 'lower'),
  );
  const nameOf = options.nameOf ?? ((unit: UnitRef) => unit.code);
  const byYear = [...results].sort((a, b) => a.query.year - b.query.year);
  const units = new Map<string, UnitRef>();
  const pointsByCode = new Map<string, BumpPoint[]>();

  // Like the national rank: a year in which fewer than half the units report is not ranked.
  const rankable = (result: RankingResult) => result.reporting > 0 && result.reporting * 2 >= result.total;
  for (const result of byYear) {
    if (!rankable(result)) continue;
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

  const rankedSets = byYear.map((result) => result.rows.filter((row) => row.rank !== null).map((row) => row.unit.code).sort().join(','));
  const reporting: BumpYear[] = byYear.map((result, i) => ({
    year: result.query.year,
    reporting: result.reporting,
    total: result.total,
    changed: i > 0 && rankable(result) && rankable(byYear[i - 1]) && byYear[i - 1].query.year === result.query.year - 1 && rankedSets[i - 1] !== rankedSets[i],
    ranked: rankable(result),
  }));
  const changedAt = new Set(reporting.filter((r) => r.changed).map((r) => r.year));
  const series: BumpSeries[] = [...units.values()].map((unit) => {
    const points = pointsByCode.get(unit.code) ?? [];
    const segments: BumpPoint[][] = [];
    const bridges: [BumpPoint, BumpPoint][] = [];
    for (const run of consecutiveRuns(points, () => true)) {
      let current: BumpPoint[] = [];
      for (const point of run) {
        const previous = current[current.length - 1];
        // Ranks counted on another definition the year before are not joined at all (the point's mark says why).
        if (previous && point.row.definitionChange) {
          segments.push(current);
          current = [];
        } else if (previous && changedAt.has(point.year)) {
          bridges.push([previous, point]);
          segments.push(current);
          current = [];
        }
        current.push(point);
      }
      segments.push(current);
    }
    return { ...seriesOf(unit, highlight, nameOf), points, segments, bridges };
  });
  series.sort(drawOrder(options.lang));

  const years = byYear.map((r) => r.query.year);
  const rankedYears = byYear.filter(rankable).map((r) => r.query.year);
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
    reporting,
    series,
    startOrder: atYear(rankedYears[0]),
    endOrder: rankedYears.length > 1 ? atYear(rankedYears[rankedYears.length - 1]) : [],
    marksShown: marksShown(series.flatMap((s) => s.points)),
  };
}

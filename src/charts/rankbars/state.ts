// Ranking bars as data: which units, in which order, with which marks. No pixels (charts/README.md).
import type { RankingResult, RankingRow, UnitRef } from '../../core/analysis/types';
import { marksOf, VALUE_MARKS, type Mark, type MarkFlags } from '../../core/analysis/marks';
import { marksShown } from '../shared/highlight';
import type { Qualifier } from '../../core/analysis/qualifier';

export interface RankBar extends MarkFlags {
  code: string;
  unit: UnitRef;
  rank: number | null;
  /** Shares its rank with another unit (1, 2, 2, 4). */
  tied: boolean;
  value: number | null;
  /** "> " a lower bound, "≈ " an approximation: carried to the label as in the table. */
  qualifier: Qualifier;
  noData: boolean;
  deltaAbs: number | null;
  deltaPct: number | null;
  deltaQualifier: Qualifier;
  /** What qualifies the change (a change of source, a part-year span) or says why there is none (definition). */
  changeMarks: Mark[];
  deltaSince: string | null;
  selected: boolean;
  /** Rank among the provinces of the whole country (region view of a whole-province metric); null: none. */
  nationalRank: number | null;
  /** The worker's row, handed back untouched when the reader asks where the value comes from. */
  row: RankingRow;
}

export interface RankBarsState {
  metric: string;
  year: number;
  period: string;
  direction: RankingResult['direction'];
  /** Ranked units first (rank 1 at the top whatever the direction), then the units without data. */
  bars: RankBar[];
  ranked: number;
  noData: number;
  /** The change marks that occur, in order, for the key under the bars. */
  changeMarks: Mark[];
  /**
   * Of those, the marks every bar with a value carries (all provinces changed source in 2024): said once in
   * the key, not repeated on each bar (the bars' `changeMarks` leave them out).
   */
  changeMarksAll: Mark[];
  previousYear: number | null;
  /** Smallest and largest value shown, for a scale that always holds zero. */
  extent: [number, number];
  selected: string | null;
  /** How many of the country's provinces report, when a national rank column is shown; null: no column. */
  national: { reporting: number; total: number } | null;
}

const byRankThenCode = (a: RankingRow, b: RankingRow) =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.code.localeCompare(b.unit.code);

export function rankBarsState(result: RankingResult, options: { selected: string | null }): RankBarsState {
  // A row with a value but no rank (counted otherwise than the year's others) comes after the ranked ones, marked.
  const withValue = result.rows.filter((row) => row.value !== null && Number.isFinite(row.value)).sort(byRankThenCode);
  const withoutValue = result.rows.filter((row) => row.value === null || !Number.isFinite(row.value)).sort(byRankThenCode);
  const rankCounts = new Map<number, number>();
  for (const row of withValue) if (row.rank !== null) rankCounts.set(row.rank, (rankCounts.get(row.rank) ?? 0) + 1);

  // With the whole country shown the rank is the national rank already: no second column then.
  const national = result.national && result.query.extent !== 'country' && withValue.some((row) => row.nationalRank !== null) ? result.national : null;

  const bar = (row: RankingRow): RankBar => {
    const noData = row.value === null || !Number.isFinite(row.value);
    return {
      code: row.unit.code,
      unit: row.unit,
      rank: noData ? null : row.rank,
      tied: !noData && row.rank !== null && (rankCounts.get(row.rank) ?? 0) > 1,
      value: noData ? null : row.value,
      qualifier: noData ? '' : row.qualifier,
      noData,
      deltaAbs: noData ? null : row.deltaAbs,
      deltaPct: noData || row.deltaAbs === null ? null : row.deltaPct,
      deltaQualifier: noData || row.deltaAbs === null ? '' : row.deltaQualifier,
      changeMarks: noData || (row.deltaAbs === null && !row.definitionChange) ? [] : marksOf(row).filter((mark) => !VALUE_MARKS.includes(mark)),
      deltaSince: noData || row.deltaAbs === null ? null : (row.deltaSpan?.from ?? null),
      contested: !noData && row.contested,
      derived: !noData && row.derived,
      partial: !noData && row.partial,
      userProvided: !noData && row.userProvided,
      otherDefinition: !noData && row.otherDefinition,
      missingInputs: row.missingInputs,
      selected: options.selected !== null && row.unit.code === options.selected,
      nationalRank: noData || !national ? null : row.nationalRank,
      row,
    };
  };
  const built = [...withValue.map(bar), ...withoutValue.map(bar)];
  const shown = marksShown(built.map((b) => ({ marks: b.changeMarks })));
  const valued = built.filter((b) => !b.noData);
  const all = valued.length > 1 ? shown.filter((mark) => valued.every((b) => b.changeMarks.includes(mark))) : [];
  const bars = all.length ? built.map((b) => ({ ...b, changeMarks: b.changeMarks.filter((mark) => !all.includes(mark)) })) : built;
  const values = valued.map((b) => b.value as number);
  return {
    metric: result.query.metric,
    year: result.query.year,
    period: result.query.period,
    direction: result.direction,
    bars,
    ranked: values.length,
    changeMarks: shown,
    changeMarksAll: all,
    noData: bars.length - values.length,
    previousYear: result.previousYear,
    extent: [Math.min(0, ...values), Math.max(0, ...values)],
    selected: options.selected,
    national,
  };
}

// Gaps drawn as gaps: a line only joins a year to the next calendar year when both have a value, and only
// like to like.
import { coverageKey } from '../../core/analysis/comparable';
import type { Mark } from '../../core/analysis/marks';
import type { UnitValue } from '../../core/analysis/types';

/**
 * Splits points (sorted by year) into runs of consecutive calendar years that pass `present`.
 * A missing value or a skipped year starts a new run; a run of one point is drawn as a dot.
 */
export function consecutiveRuns<T extends { year: number }>(points: readonly T[], present: (point: T) => boolean): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const point of points) {
    const previous = run[run.length - 1];
    if (!present(point)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (previous && point.year !== previous.year + 1) {
      runs.push(run);
      run = [];
    }
    run.push(point);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Runs split where a value covers other old provinces than the one before (a merged unit), or is counted on
 * another definition (its `definition-change` mark): no line joins unlike values.
 */
export function likeRuns<T extends { unitValue: UnitValue; marks: readonly Mark[] }>(runs: readonly T[][]): T[][] {
  return runs.flatMap((run) => {
    const split: T[][] = [];
    for (const point of run) {
      const current = split[split.length - 1];
      const previous = current?.[current.length - 1];
      const joined = previous && coverageKey(previous.unitValue) === coverageKey(point.unitValue) && !point.marks.includes('definition-change');
      if (joined) current.push(point);
      else split.push([point]);
    }
    return split;
  });
}

// Gaps drawn as gaps: a line only joins a year to the next calendar year when both have a value.

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

// The qualifiers a value can carry, in the order the ranking table shows them.
import type { Metric } from '../../core/data/types';
import type { UnitValue } from '../../core/analysis/types';

export type PointMark = 'contested' | 'derived' | 'partial' | 'user';
export const POINT_MARKS: readonly PointMark[] = ['contested', 'derived', 'partial', 'user'];

export function marksOf(value: Pick<UnitValue, 'contested' | 'derived' | 'partial'> & { userProvided?: boolean }): PointMark[] {
  return POINT_MARKS.filter((mark) => (mark === 'user' ? value.userProvided === true : value[mark]));
}

/** Fraction digits for a metric's values: as the ranking table shows them. */
export function digitsFor(metric: Metric | undefined): number {
  return metric?.unit === 'pct' || metric?.derived ? 2 : 1;
}

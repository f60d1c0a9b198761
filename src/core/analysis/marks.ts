// The qualifiers a value can carry, one list for every table, chart, tooltip and key. Pure.
import type { UnitRef } from './types';

/** contested: sources disagree; user: the reader's own figure; derived: computed; partial: constituents missing. */
export type Mark = 'contested' | 'user' | 'derived' | 'partial';

/** In the order everything shows them (the ranking table's). */
export const MARKS: readonly Mark[] = ['contested', 'user', 'derived', 'partial'];

/** The flags an engine value carries, as a chart's bar or line keeps them. */
export interface MarkFlags {
  contested: boolean;
  derived: boolean;
  partial: boolean;
  userProvided: boolean;
  /** For a partial value: the constituents without a value (named in the mark's title). */
  missingInputs: UnitRef[];
}

/** What marks are read from: an engine value, a ranking row, a bar or a point of a chart. */
export type Marked = Pick<MarkFlags, 'contested' | 'derived' | 'partial'> &
  Partial<Pick<MarkFlags, 'userProvided' | 'missingInputs'>> & {
    /** A unit without a value gets no mark (marks only qualify a value); absent = has a value. */
    value?: number | null;
  };

export function marksOf(value: Marked | null | undefined): Mark[] {
  if (!value || value.value === null) return [];
  return MARKS.filter((mark) => (mark === 'user' ? value.userProvided === true : value[mark]));
}

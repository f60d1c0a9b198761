// The qualifiers a value can carry, one list for every table, chart, tooltip and key. Pure.
import type { UnitRef } from './types';

/**
 * contested: sources disagree; user: the reader's own figure; derived: computed; partial: constituents missing;
 * other-definition: counted otherwise than most values of its year, so not ranked with them (basis.ts);
 * definition-change: counted on a different definition from the value it is compared with, so not compared
 * (basis.ts); source-change: the year's source (or its counting basis) differs from the year before's (basis.ts);
 * part-year: a stock's change spans less than nine months.
 */
export type Mark = 'contested' | 'user' | 'derived' | 'partial' | 'other-definition' | 'definition-change' | 'source-change' | 'part-year';

/** In the order everything shows them (the ranking table's). */
export const MARKS: readonly Mark[] = ['contested', 'user', 'derived', 'partial', 'other-definition', 'definition-change', 'source-change', 'part-year'];
/** The marks a value carries by itself (a year's table); the last three qualify a comparison between years. */
export const VALUE_MARKS: readonly Mark[] = MARKS.slice(0, 5);

/** Each mark as one sign, where a word has no room (the data table, a ranking bar's change); a key says what each is. */
export const MARK_SYMBOLS: Readonly<Record<Mark, string>> = { contested: '!', user: '✎', derived: 'ƒ', partial: '½', 'other-definition': '≢', 'definition-change': '≠', 'source-change': '⇄', 'part-year': '◔' };

/** The flags an engine value carries, as a chart's bar or line keeps them. */
export interface MarkFlags {
  contested: boolean;
  derived: boolean;
  partial: boolean;
  userProvided: boolean;
  /** For a partial value: the constituents without a value (named in the mark's title). */
  missingInputs: UnitRef[];
  /** Compared with the year before: the source changed (a flow), or the change spans part of a year (a stock). */
  sourceChange?: boolean;
  partYear?: boolean;
  /** Compared with the year before: counted on another definition, so not compared (basis.ts). */
  definitionChange?: boolean;
  /** Counted otherwise than most values of its year: not ranked with them (basis.ts). */
  otherDefinition?: boolean;
}

/** What marks are read from: an engine value, a ranking row, a bar or a point of a chart. */
export type Marked = Pick<MarkFlags, 'contested' | 'derived' | 'partial'> &
  Partial<Pick<MarkFlags, 'userProvided' | 'missingInputs' | 'sourceChange' | 'partYear' | 'definitionChange' | 'otherDefinition'>> & {
    /** A unit without a value gets no mark (marks only qualify a value); absent = has a value. */
    value?: number | null;
  };

export function marksOf(value: Marked | null | undefined): Mark[] {
  if (!value || value.value === null) return [];
  const has: Record<Mark, boolean | undefined> = {
    contested: value.contested, user: value.userProvided, derived: value.derived, partial: value.partial,
    'other-definition': value.otherDefinition, 'definition-change': value.definitionChange, 'source-change': value.sourceChange, 'part-year': value.partYear,
  };
  return MARKS.filter((mark) => has[mark] === true);
}

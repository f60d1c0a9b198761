// Like for like between two years (issue 10 §3): a merged unit's value is complete when a row states it for
// the merged unit or every old province has a value; otherwise it is partial and covers only some of them.
// A change, a CAGR, a slope or a rank change between two years needs both values to cover the same old
// provinces: complete and complete, or partial with the same ones. Pure.
import type { CoverageNote, UnitRef, UnitValue } from './types';

type Covering = Pick<UnitValue, 'value' | 'partial' | 'covered'>;

/** 'all' for a complete value; else the old provinces it covers, as one comparable key. */
export function coverageKey(value: Covering): string {
  if (!value.partial) return 'all';
  return value.covered.map((unit) => `${unit.edition}:${unit.code}`).sort().join(',');
}

const known = (value: Covering | null | undefined): value is Covering & { value: number } =>
  !!value && value.value !== null && Number.isFinite(value.value);

/** Both years have a value, and both values cover the same old provinces. */
export function likeForLike(before: Covering | null | undefined, after: Covering | null | undefined): boolean {
  return known(before) && known(after) && coverageKey(before) === coverageKey(after);
}

/** Why two values that both exist are not compared; null when they are (or when one is missing). */
export function coverageNote(before: Covering | null | undefined, after: Covering | null | undefined, fromYear: number, toYear: number): CoverageNote | null {
  if (!known(before) || !known(after) || likeForLike(before, after)) return null;
  const covers = (value: Covering): UnitRef[] | null => (value.partial ? value.covered : null);
  return { fromYear, toYear, from: covers(before), to: covers(after) };
}

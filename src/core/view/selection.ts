// What the user has selected, kept across changes of the map edition and of the compared set. Pure.
import type { Province, Edition } from '../data/types';
import { findProvince } from '../provinces';
import { MAX_COMPARED, type ViewState } from '../url/state';

type Selection = Pick<ViewState, 'edition' | 'province' | 'compare'>;

/**
 * The view after switching to another map edition (CONTRACTS.md): from pre2025 to post2025 a selected
 * province becomes its successor; back, it becomes the successor's constituents in `compare` (or the one
 * constituent, when there is one). Null when `next` is the edition shown.
 */
export function switchEdition(provinces: readonly Province[], view: Selection, next: Edition): Selection | null {
  if (next === view.edition) return null;
  let { province, compare } = view;
  if (province && next === 'post2025') {
    province = findProvince(provinces, 'pre2025', province)?.successor ?? null;
  } else if (province && next === 'pre2025') {
    const constituents = provinces.filter((p) => p.edition === 'pre2025' && p.inBloc && p.successor === province);
    compare = constituents.length > 1 ? constituents.map((p) => p.code) : compare;
    province = constituents.length === 1 ? constituents[0].code : null;
  }
  return { edition: next, province, compare };
}

/** Adds a unit to the compared set, or takes it out; the set never holds more than MAX_COMPARED. */
export function toggleCompare(compare: readonly string[], code: string): string[] {
  return compare.includes(code) ? compare.filter((c) => c !== code) : [...compare, code].slice(0, MAX_COMPARED);
}

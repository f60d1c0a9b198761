// What the user has selected, kept across changes of the map edition and of the compared set. Pure.
//
// The 2025 merger maps codes both ways (DATA.md): an old province → its successor; a merged province → its old
// provinces. `province` and `compare` are mapped each by itself (issue 10 §1): the compared set never depends on
// the selected province, and with `extent=region` never holds a code outside the region.
import type { Edition, Extent, Province } from '../data/types';
import { extentProvinces, findProvince } from '../provinces';
import { MAX_COMPARED, type UrlNotice, type ViewState } from '../url/state';

type Selection = Pick<ViewState, 'edition' | 'province' | 'compare'>;

/** What became of a compared set on the way to another edition. */
export interface CompareMapping {
  codes: string[];
  /** Codes that became other codes: [from, to…] (an old province → its successor; a merged one → its old ones). */
  mapped: [string, string[]][];
  /** Codes (of the target edition) outside the extent shown: Bắc Giang with `extent=region`. */
  outside: string[];
  /** Codes the edition does not know. */
  unknown: string[];
  /** Codes left out to keep the set within MAX_COMPARED. */
  cut: string[];
}

/** A code's counterparts in the other edition: its successor, or the old provinces that formed it. */
function counterparts(provinces: readonly Province[], code: string, to: Edition): string[] {
  if (to === 'post2025') return [findProvince(provinces, 'pre2025', code)?.successor].filter((c): c is string => !!c);
  return provinces.filter((p) => p.edition === 'pre2025' && p.successor === code).map((p) => p.code);
}

/**
 * Maps compared codes of edition `from` to edition `to`: old → successor (each once), merged → its old
 * provinces inside the extent, in order; cut to MAX_COMPARED.
 */
export function mapCompare(provinces: readonly Province[], codes: readonly string[], from: Edition, to: Edition, extent: Extent): CompareMapping {
  const selectable = new Set(extentProvinces(provinces, to, extent).map((p) => p.code));
  const result: CompareMapping = { codes: [], mapped: [], outside: [], unknown: [], cut: [] };
  for (const code of codes) {
    const targets = findProvince(provinces, from, code) ? counterparts(provinces, code, to) : [];
    if (targets.length === 0) {
      result.unknown.push(code);
      continue;
    }
    const inside = targets.filter((target) => selectable.has(target));
    result.outside.push(...targets.filter((target) => !selectable.has(target)));
    // Hà Nội 01 → 01 is no change worth a word; Hải Dương 30 → Hải Phòng 31 is.
    if (inside.length && !(inside.length === 1 && inside[0] === code)) result.mapped.push([code, inside]);
    for (const target of inside) if (!result.codes.includes(target)) result.codes.push(target);
  }
  result.cut = result.codes.slice(MAX_COMPARED);
  result.codes = result.codes.slice(0, MAX_COMPARED);
  return result;
}

/** The notice that says what a mapping changed; null when it changed nothing a reader would miss. */
export function compareNotice(mapping: CompareMapping, value: readonly string[], from: Edition, to: Edition): UrlNotice | null {
  if (!mapping.mapped.length && !mapping.outside.length && !mapping.unknown.length && !mapping.cut.length) return null;
  return {
    param: 'compare',
    value: value.join(','),
    problem: 'compare-mapped',
    detail: {
      from,
      to,
      mapped: mapping.mapped.map(([a, b]) => `${a}>${b.join('+')}`).join(','),
      outside: mapping.outside.join(','),
      unknown: mapping.unknown.join(','),
      cut: mapping.cut.join(','),
    },
  };
}

/**
 * The view after switching to another map edition (CONTRACTS.md), with what to tell the reader. From pre2025
 * to post2025 a selected province becomes its successor; back, it stays selected when one old province of the
 * extent formed it, else it is cleared and, when nothing is compared yet, its old provinces are compared.
 * `compare` maps by itself. Null when `next` is the edition shown.
 */
export function switchEdition(
  provinces: readonly Province[],
  view: Selection & { extent?: Extent },
  next: Edition,
): { patch: Selection; notices: UrlNotice[] } | null {
  if (next === view.edition) return null;
  const extent = view.extent ?? 'region';
  const notices: UrlNotice[] = [];
  const mapping = mapCompare(provinces, view.compare, view.edition, next, extent);
  let compare = mapping.codes;
  const notice = compareNotice(mapping, view.compare, view.edition, next);
  if (notice) notices.push(notice);
  let province = view.province;
  if (province) {
    const { codes } = mapCompare(provinces, [province], view.edition, next, extent);
    if (codes.length === 1) {
      province = codes[0];
    } else {
      // Several old provinces (or none of the extent): no one of them is "the" selection.
      const seeded = codes.length > 1 && compare.length === 0;
      if (seeded) compare = codes;
      notices.push({
        param: 'province', value: province, problem: 'province-split',
        detail: { code: province, edition: view.edition, into: codes.join(','), compared: seeded ? '1' : '' },
      });
      province = null;
    }
  }
  return { patch: { edition: next, province, compare }, notices };
}

/**
 * Compared codes read from a link, checked against the edition shown: a code of the other edition's old
 * provinces is carried to its successor (post2025), codes outside the extent or unknown are dropped; each
 * change said in one notice.
 */
export function reconcileCompare(
  provinces: readonly Province[],
  edition: Edition,
  extent: Extent,
  compare: readonly string[],
): { compare: string[]; notice: UrlNotice | null } {
  const selectable = new Set(extentProvinces(provinces, edition, extent).map((p) => p.code));
  const plain = compare.length <= MAX_COMPARED && new Set(compare).size === compare.length;
  if (plain && compare.every((code) => selectable.has(code))) return { compare: [...compare], notice: null };
  const mapping: CompareMapping = { codes: [], mapped: [], outside: [], unknown: [], cut: [] };
  for (const code of compare) {
    if (selectable.has(code)) {
      if (!mapping.codes.includes(code)) mapping.codes.push(code);
      continue;
    }
    const known = findProvince(provinces, edition, code);
    // A post2025 link naming an old province: its successor, as `province` does (core/provinces.ts).
    const old = edition === 'post2025' && !known ? findProvince(provinces, 'pre2025', code) : undefined;
    if (old) {
      const carried = mapCompare(provinces, [code], 'pre2025', 'post2025', extent);
      mapping.mapped.push(...carried.mapped);
      mapping.outside.push(...carried.outside);
      for (const c of carried.codes) if (!mapping.codes.includes(c)) mapping.codes.push(c);
    } else if (known) {
      mapping.outside.push(code);
    } else {
      mapping.unknown.push(code);
    }
  }
  mapping.cut = mapping.codes.slice(MAX_COMPARED);
  mapping.codes = mapping.codes.slice(0, MAX_COMPARED);
  return { compare: mapping.codes, notice: compareNotice(mapping, compare, edition === 'post2025' ? 'pre2025' : edition, edition) };
}

/** Adds a unit to the compared set, or takes it out; the set never holds more than MAX_COMPARED. */
export function toggleCompare(compare: readonly string[], code: string): string[] {
  return compare.includes(code) ? compare.filter((c) => c !== code) : [...compare, code].slice(0, MAX_COMPARED);
}

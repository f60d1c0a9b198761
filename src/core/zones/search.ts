// The zone explorer's text search. Pure.
//
// `q` is a phrase, not a bag of words: "bac ninh" matches "… Bắc Ninh" but not "Bắc Tiền Phong … Quảng
// Ninh". It starts at a word and ignores case, diacritics and punctuation. It looks at a zone's names,
// its merged ids and its developer, never at province names: the province is a facet of its own. When the
// query is itself a province's name, developers are left out too, because a company's name carries its
// home province, not the zone's ("Trung Quý Bắc Ninh" develops a park in Hải Dương).
import type { Province, Zone } from '../data/types';

/** Lower-case, no diacritics, đ → d, single spaces: "  Đình  Vũ " → "dinh vu". */
export function normalizeSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** As normalizeSearch, with punctuation as spaces: "Trấn Dương – Hòa Bình" → "tran duong hoa binh". */
export function searchKey(text: string): string {
  return normalizeSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The provinces (either map edition) whose Vietnamese or English name the query is. */
export function provincesNamed(q: string, provinces: readonly Province[]): Province[] {
  const key = searchKey(q);
  if (!key) return [];
  return provinces.filter((p) => searchKey(p.nameVi) === key || searchKey(p.nameEn) === key);
}

/** A search prepared once per filter run. */
export interface Search {
  phrase: string;
  /** The query is a province's name: developers are not searched. */
  namesOnly: boolean;
}

export function prepareSearch(q: string, provinces: readonly Province[]): Search {
  return { phrase: searchKey(q), namesOnly: provincesNamed(q, provinces).length > 0 };
}

/** Does the zone match the search (an empty phrase matches every zone)? */
export function matchesSearch(zone: Zone, search: Search): boolean {
  if (!search.phrase) return true;
  const fields = [zone.nameVi, zone.nameEn, ...zone.aliases];
  if (!search.namesOnly) fields.push(zone.developer);
  const needle = ` ${search.phrase}`;
  return fields.some((field) => field && ` ${searchKey(field)}`.includes(needle));
}

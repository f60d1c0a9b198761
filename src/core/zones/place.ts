// The province facet of the zone explorer. Pure.
import type { Edition, Province, Zone } from '../data/types';
import { constituentsOf, findProvince, regionProvinces } from '../provinces';
import { provincesNamed } from './search';

/**
 * The province a search for a province's name should offer as the facet ("show the zones of Bắc Ninh"),
 * in the edition shown: a pre2025 name on the 34-province map offers the province it merged into. Null
 * when the query names no selectable province, or names the one already selected.
 */
export function offeredProvince(q: string, provinces: readonly Province[], edition: Edition, selected: string | null): Province | null {
  const selectable = regionProvinces(provinces, edition);
  for (const named of provincesNamed(q, provinces)) {
    const code = named.edition === edition ? named.code : edition === 'post2025' ? named.successor : null;
    const offer = code ? selectable.find((p) => p.code === code) : undefined;
    if (offer) return offer.code === selected ? null : offer;
  }
  return null;
}

/** A province before 1 July 2025 and how many zones the data has in it. */
export interface Predecessor {
  province: Province;
  zones: number;
}

/**
 * The pre2025 provinces a post2025 province was merged from, each with its count of zones in the data
 * (new Bắc Ninh: Bắc Ninh with its zones, Bắc Giang with none today). Empty for an unmerged province and
 * on the 63-province map.
 */
export function predecessorsOf(zones: readonly Zone[], provinces: readonly Province[], edition: Edition, code: string | null): Predecessor[] {
  if (edition !== 'post2025' || code === null || !findProvince(provinces, 'post2025', code)) return [];
  const constituents = constituentsOf(provinces, code);
  if (constituents.length < 2) return [];
  return constituents.map((province) => ({ province, zones: zones.filter((z) => z.provinceCode === province.code).length }));
}

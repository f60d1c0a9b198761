// A zone by its id and the provinces it belongs to: what the map's first screen needs of the zones (a zone
// in the link, its frame). Apart from the filter rules (filter.ts, which re-exports these) so that those
// load only with the zone explorer or a zone filter. Pure.
import type { Edition, Province, Zone } from '../data/types';
import type { Range, ZoneFilters, ZoneMatches } from './filter';

/** A zone by its id; a merged duplicate's old id (an alias) still finds it. */
export function zoneById(zones: readonly Zone[], id: string): Zone | undefined {
  return zones.find((z) => z.id === id || z.aliases.includes(id));
}

/** The pre2025 province a zone belongs to (zones.csv `province_code`). */
export function zoneProvince(zone: Zone, provinces: readonly Province[]): Province | undefined {
  return provinces.find((p) => p.edition === 'pre2025' && p.code === zone.provinceCode);
}

/** The post2025 province that the zone's pre2025 province merged into (zones keep their place). */
export function zoneSuccessor(zone: Zone, provinces: readonly Province[]): Province | undefined {
  const old = zoneProvince(zone, provinces);
  if (!old?.successor) return undefined;
  return provinces.find((p) => p.edition === 'post2025' && p.code === old.successor);
}

/** The zone's province code on the map edition shown (a merged province holds its predecessors' zones). */
export function zoneProvinceCode(zone: Zone, provinces: readonly Province[], edition: Edition): string | null {
  if (edition === 'pre2025') return zone.provinceCode;
  return zoneProvince(zone, provinces)?.successor || null;
}

/** A range with a bound on either side. */
export const rangeSet = (range: Range) => range.min !== null || range.max !== null;

/** Whether a filter may hide a zone: any value set (a search of spaces too; the rules then decide). */
export function mayFilterZones(filters: ZoneFilters): boolean {
  return (
    filters.kind.length > 0 || filters.status.length > 0 || rangeSet(filters.area) || rangeSet(filters.occ) || rangeSet(filters.price) ||
    filters.seaport !== null || filters.airport !== null || filters.unknown || filters.q !== ''
  );
}

/** What matchZones gives when no filter and no province facet applies: every zone, in order, none hidden. */
export function unfilteredZones(zones: readonly Zone[]): ZoneMatches {
  return { zones: [...zones], unknown: new Map(), hidden: { status: 0, area: 0, occ: 0, price: 0, seaport: 0, airport: 0, total: 0 } };
}

// The investor's zone explorer: search, filters, sort and the one derived figure. Pure: no DOM, no Svelte.
// A range filter never guesses: a zone whose value is unknown is left out and counted, so the UI can say so.
import type { Province, Zone, ZoneStatus } from '../data/types';
import { compareNames, localName, type Lang } from '../names';


/** A numeric bound on each side; null = no limit on that side. */
export type Range = { min: number | null; max: number | null };

/**
 * The zone filters, part of the view state (`ViewState.zoneFilters`): each field is the URL parameter of
 * the same name (CONTRACTS.md `kind`, `status`, `area`, `occ`, `price`, `q`); `emptyZoneFilters()` in
 * core/url/state.ts gives the filters nobody set.
 */
export interface ZoneFilters {
  /** Zone kinds to keep; empty = all. */
  kind: string[];
  /** Statuses to keep; empty = all (and only then do zones of unknown status pass). */
  status: string[];
  /** Planned area, ha. */
  area: Range;
  /** Occupancy, %. */
  occ: Range;
  /** IIP land price, USD/m² for the remaining lease term. */
  price: Range;
  q: string;
}

/** The filters that can hide a zone because its value is unknown. */
export const UNKNOWN_FIELDS = ['status', 'area', 'occ', 'price'] as const;
export type UnknownField = (typeof UNKNOWN_FIELDS)[number];
/** Per field: zones that match everything else but are hidden because that value is unknown. `total` counts each zone once. */
export type HiddenByUnknown = Record<UnknownField, number> & { total: number };

export type ZoneSortKey = 'name' | 'province' | 'area' | 'occupancy' | 'price' | 'available' | 'established' | 'status';
export type SortDirection = 'asc' | 'desc';

const rangeActive = (range: Range) => range.min !== null || range.max !== null;

export function hasActiveZoneFilters(filters: ZoneFilters): boolean {
  return (
    filters.kind.length > 0 ||
    filters.status.length > 0 ||
    rangeActive(filters.area) ||
    rangeActive(filters.occ) ||
    rangeActive(filters.price) ||
    normalizeSearch(filters.q) !== ''
  );
}

/** A range whose min exceeds its max matches nothing (and the URL cannot carry it). */
export function isRangeValid(range: Range): boolean {
  return range.min === null || range.max === null || range.min <= range.max;
}

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

/** The pre2025 province a zone belongs to (zones.csv `province_code`). */
/** A zone by its id; a merged duplicate's old id (an alias) still finds it. */
export function zoneById(zones: readonly Zone[], id: string): Zone | undefined {
  return zones.find((z) => z.id === id || z.aliases.includes(id));
}

export function zoneProvince(zone: Zone, provinces: readonly Province[]): Province | undefined {
  return provinces.find((p) => p.edition === 'pre2025' && p.code === zone.provinceCode);
}

/** The post2025 province that the zone's pre2025 province merged into (zones keep their place). */
export function zoneSuccessor(zone: Zone, provinces: readonly Province[]): Province | undefined {
  const old = zoneProvince(zone, provinces);
  if (!old?.successor) return undefined;
  return provinces.find((p) => p.edition === 'post2025' && p.code === old.successor);
}

/**
 * Land still available, ha: industrial (leasable) land × (1 − occupancy). A derived estimate, null unless
 * both inputs are known; never below 0 (a stated occupancy above 100% would otherwise go negative).
 */
export function availableLandHa(zone: Zone): number | null {
  if (zone.industrialLandHa === null || zone.occupancyPct === null) return null;
  return Math.max(0, zone.industrialLandHa * (1 - zone.occupancyPct / 100));
}

/** Everything `q` searches, normalized: names (vi, en), developer, id and merged ids, province names in both editions. */
function searchText(zone: Zone, provinces: readonly Province[]): string {
  const old = zoneProvince(zone, provinces);
  const successor = zoneSuccessor(zone, provinces);
  return normalizeSearch(
    [
      zone.nameVi, zone.nameEn, zone.developer, zone.id, ...zone.aliases,
      old?.nameVi, old?.nameEn, successor?.nameVi, successor?.nameEn,
    ].filter(Boolean).join(' \u0000 '),
  );
}

function inRange(value: number, range: Range): boolean {
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

const RANGE_VALUE: Record<Exclude<UnknownField, 'status'>, (zone: Zone) => number | null> = {
  area: (zone) => zone.plannedAreaHa,
  occ: (zone) => zone.occupancyPct,
  price: (zone) => zone.priceUsdM2,
};

/**
 * Checks one zone. Returns 'pass', 'fail' (a known value or the search rules it out) or the fields whose
 * unknown value alone hides it.
 */
function check(zone: Zone, filters: ZoneFilters, words: string[], haystack: () => string): 'pass' | 'fail' | UnknownField[] {
  if (filters.kind.length && !filters.kind.includes(zone.kind)) return 'fail';
  if (words.length) {
    const text = haystack();
    if (!words.every((word) => text.includes(word))) return 'fail';
  }
  const unknown: UnknownField[] = [];
  if (filters.status.length) {
    if (zone.status === null) unknown.push('status');
    else if (!filters.status.includes(zone.status)) return 'fail';
  }
  for (const field of ['area', 'occ', 'price'] as const) {
    const range = filters[field];
    if (!rangeActive(range)) continue;
    const value = RANGE_VALUE[field](zone);
    if (value === null) unknown.push(field);
    else if (!inRange(value, range)) return 'fail';
  }
  return unknown.length ? unknown : 'pass';
}

function searchWords(q: string): string[] {
  const normalized = normalizeSearch(q);
  return normalized ? normalized.split(' ') : [];
}

/** The zones that pass every filter. Pass `provinces` so that `q` also finds zones by province name. */
export function filterZones(zones: readonly Zone[], filters: ZoneFilters, provinces: readonly Province[] = []): Zone[] {
  const words = searchWords(filters.q);
  return zones.filter((zone) => check(zone, filters, words, () => searchText(zone, provinces)) === 'pass');
}

/**
 * How many zones match every filter except that an active filter's value is unknown for them, per field.
 * A zone missing two filtered values counts under both fields but once in `total`.
 */
export function countHiddenByUnknown(zones: readonly Zone[], filters: ZoneFilters, provinces: readonly Province[] = []): HiddenByUnknown {
  const counts: HiddenByUnknown = { status: 0, area: 0, occ: 0, price: 0, total: 0 };
  const words = searchWords(filters.q);
  for (const zone of zones) {
    const result = check(zone, filters, words, () => searchText(zone, provinces));
    if (typeof result === 'string') continue;
    counts.total += 1;
    for (const field of result) counts[field] += 1;
  }
  return counts;
}

const STATUS_ORDER: Record<ZoneStatus, number> = { operating: 0, building: 1, planned: 2 };


/**
 * A sorted copy. Names sort with the collation of their language (`Intl.Collator('vi')` for Vietnamese names);
 * zones with an unknown value come last in both directions; ties keep name order.
 */
export function sortZones(
  zones: readonly Zone[],
  key: ZoneSortKey,
  direction: SortDirection,
  lang: Lang,
  provinces: readonly Province[] = [],
): Zone[] {
  const byName = (a: Zone, b: Zone) => compareNames(lang, localName(lang, a), localName(lang, b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sign = direction === 'asc' ? 1 : -1;

  if (key === 'name') return [...zones].sort((a, b) => sign * byName(a, b));

  if (key === 'province') {
    const provinceName = new Map<string, string | null>();
    for (const zone of zones) {
      if (provinceName.has(zone.provinceCode)) continue;
      const province = zoneProvince(zone, provinces);
      provinceName.set(zone.provinceCode, province ? localName(lang, province) : null);
    }
    return [...zones].sort((a, b) => {
      const pa = provinceName.get(a.provinceCode) ?? null;
      const pb = provinceName.get(b.provinceCode) ?? null;
      if (pa === null || pb === null) return pa === pb ? byName(a, b) : pa === null ? 1 : -1;
      return sign * compareNames(lang, pa, pb) || byName(a, b);
    });
  }

  const value: (zone: Zone) => number | null =
    key === 'area' ? (z) => z.plannedAreaHa
    : key === 'occupancy' ? (z) => z.occupancyPct
    : key === 'price' ? (z) => z.priceUsdM2
    : key === 'available' ? availableLandHa
    : key === 'established' ? (z) => z.establishedYear
    : (z) => (z.status === null ? null : STATUS_ORDER[z.status]);
  const values = new Map(zones.map((zone) => [zone, value(zone)]));
  return [...zones].sort((a, b) => {
    const va = values.get(a) ?? null;
    const vb = values.get(b) ?? null;
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}

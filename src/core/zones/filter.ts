// The investor's zone explorer: search, facets, filters, sort and the one derived figure. Pure: no DOM, no Svelte.
// A filter never guesses: a zone whose value is unknown is left out and counted, so the UI can say so, or
// (with `unknown`) kept and marked as unknown.
import type { Edition, Province, Zone, ZoneStatus } from '../data/types';
import { compareNames, localName, type Lang } from '../names';
import { nearestKm, type NearestKind, type ZoneDistanceTable } from '../logistics/nearest';
import { matchesSearch, normalizeSearch, prepareSearch, type Search } from './search';
import { mayFilterZones, rangeSet, zoneProvince } from './lookup';

export { zoneById, zoneProvince, zoneSuccessor, zoneProvinceCode } from './lookup';

/** A numeric bound on each side; null = no limit on that side. */
export type Range = { min: number | null; max: number | null };

/**
 * The zone filters, part of the view state (`ViewState.zoneFilters`): each field is the URL parameter of
 * the same name (CONTRACTS.md `kind`, `status`, `area`, `occ`, `price`, `seaport`, `airport`, `unknown`,
 * `q`); `emptyZoneFilters()` in core/url/state.ts gives the filters nobody set.
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
  /** At most this many straight-line km to the nearest operating seaport; null = no limit. */
  seaport: number | null;
  /** At most this many straight-line km to the nearest operating airport; null = no limit. */
  airport: number | null;
  /** Numeric filters keep the zones whose value is unknown, marked as unknown. */
  unknown: boolean;
  q: string;
}

/** The filters that can hide a zone because its value is unknown. */
export const UNKNOWN_FIELDS = ['status', 'area', 'occ', 'price', 'seaport', 'airport'] as const;
export type UnknownField = (typeof UNKNOWN_FIELDS)[number];
/** The numeric ones: with `unknown` on, a zone whose only gaps are among them is kept, marked. */
export const NUMERIC_FIELDS = ['area', 'occ', 'price', 'seaport', 'airport'] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];
/** Per field: zones that match everything else but lack that value. `total` counts each zone once. */
export type HiddenByUnknown = Record<UnknownField, number> & { total: number };

export type ZoneSortKey =
  | 'name' | 'province' | 'area' | 'occupancy' | 'price' | 'available' | 'established' | 'status' | NearestKind;
export type SortDirection = 'asc' | 'desc';

/** What the filters need besides the zones: the provinces, the worker's distances, the province facet. */
export interface ZoneContext {
  provinces?: readonly Province[];
  /** Straight-line distances by zone id; until they arrive a distance filter counts every zone as unknown. */
  distances?: ZoneDistanceTable | null;
  /** The province facet: the selected province of the map edition shown. */
  place?: { edition: Edition; code: string } | null;
}

/** Whether the filters hide anything: as mayFilterZones, with a search that normalizes to nothing left out. */
export function hasActiveZoneFilters(filters: ZoneFilters): boolean {
  return mayFilterZones({ ...filters, q: '' }) || normalizeSearch(filters.q) !== '';
}

/** A range whose min exceeds its max matches nothing (and the URL cannot carry it). */
export function isRangeValid(range: Range): boolean {
  return range.min === null || range.max === null || range.min <= range.max;
}

/**
 * Land still available, ha: industrial (leasable) land × (1 − occupancy). A derived estimate, null unless
 * both inputs are known; never below 0 (a stated occupancy above 100% would otherwise go negative).
 */
export function availableLandHa(zone: Zone): number | null {
  if (zone.industrialLandHa === null || zone.occupancyPct === null) return null;
  return Math.max(0, zone.industrialLandHa * (1 - zone.occupancyPct / 100));
}

function inRange(value: number, range: Range): boolean {
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

const RANGE_VALUE: Record<'area' | 'occ' | 'price', (zone: Zone) => number | null> = {
  area: (zone) => zone.plannedAreaHa,
  occ: (zone) => zone.occupancyPct,
  price: (zone) => zone.priceUsdM2,
};

interface Prepared {
  filters: ZoneFilters;
  search: Search;
  context: ZoneContext;
  /** pre2025 code → post2025 code, for the facet on the 34-province map. */
  successorOf: Map<string, string>;
}

function prepare(filters: ZoneFilters, context: ZoneContext): Prepared {
  const provinces = context.provinces ?? [];
  const successorOf = new Map(provinces.filter((p) => p.edition === 'pre2025').map((p) => [p.code, p.successor]));
  return { filters, search: prepareSearch(filters.q, provinces), context, successorOf };
}

/**
 * Checks one zone. Returns 'pass', 'fail' (a known value, the facet or the search rules it out) or the
 * fields whose unknown value alone stands in the way.
 */
function check(zone: Zone, { filters, search, context, successorOf }: Prepared): 'pass' | 'fail' | UnknownField[] {
  if (filters.kind.length && !filters.kind.includes(zone.kind)) return 'fail';
  const place = context.place;
  if (place) {
    const code = place.edition === 'pre2025' ? zone.provinceCode : successorOf.get(zone.provinceCode);
    if (code !== place.code) return 'fail';
  }
  if (!matchesSearch(zone, search)) return 'fail';
  const unknown: UnknownField[] = [];
  if (filters.status.length) {
    if (zone.status === null) unknown.push('status');
    else if (!filters.status.includes(zone.status)) return 'fail';
  }
  for (const field of ['area', 'occ', 'price'] as const) {
    const range = filters[field];
    if (!rangeSet(range)) continue;
    const value = RANGE_VALUE[field](zone);
    if (value === null) unknown.push(field);
    else if (!inRange(value, range)) return 'fail';
  }
  for (const field of ['seaport', 'airport'] as const) {
    const max = filters[field];
    if (max === null) continue;
    const km = nearestKm(context.distances, zone.id, field);
    if (km === null) unknown.push(field);
    else if (km > max) return 'fail';
  }
  return unknown.length ? unknown : 'pass';
}

/** The outcome of the filters over a list of zones. */
export interface ZoneMatches {
  /** The zones shown, in the given order. */
  zones: Zone[];
  /** Zones shown only because `unknown` keeps them, by id: the numeric fields they lack. */
  unknown: Map<string, NumericField[]>;
  /** Zones that match everything else but lack a filtered value (hidden, or with `unknown`, kept if numeric). */
  hidden: HiddenByUnknown;
}

const isNumeric = (field: UnknownField): field is NumericField => field !== 'status';

export function matchZones(zones: readonly Zone[], filters: ZoneFilters, context: ZoneContext = {}): ZoneMatches {
  const prepared = prepare(filters, context);
  const result: ZoneMatches = {
    zones: [],
    unknown: new Map(),
    hidden: { status: 0, area: 0, occ: 0, price: 0, seaport: 0, airport: 0, total: 0 },
  };
  for (const zone of zones) {
    const outcome = check(zone, prepared);
    if (outcome === 'pass') {
      result.zones.push(zone);
      continue;
    }
    if (outcome === 'fail') continue;
    result.hidden.total += 1;
    for (const field of outcome) result.hidden[field] += 1;
    if (filters.unknown && outcome.every(isNumeric)) {
      result.zones.push(zone);
      result.unknown.set(zone.id, outcome.filter(isNumeric));
    }
  }
  return result;
}

/** The zones that pass every filter (with `unknown`, also those whose only gaps are numeric). */
export function filterZones(zones: readonly Zone[], filters: ZoneFilters, context: ZoneContext = {}): Zone[] {
  return matchZones(zones, filters, context).zones;
}

/**
 * How many zones match every filter except that an active filter's value is unknown for them, per field.
 * A zone missing two filtered values counts under both fields but once in `total`.
 */
export function countHiddenByUnknown(zones: readonly Zone[], filters: ZoneFilters, context: ZoneContext = {}): HiddenByUnknown {
  return matchZones(zones, filters, context).hidden;
}

const STATUS_ORDER: Record<ZoneStatus, number> = { operating: 0, building: 1, planned: 2 };

/**
 * A sorted copy. Names sort with the collation of their language (`Intl.Collator('vi')` for Vietnamese names);
 * zones with an unknown value come last in both directions; ties keep name order. Distances sort by the
 * straight-line km to the nearest operating point of the kind (zones without a location last).
 */
export function sortZones(
  zones: readonly Zone[],
  key: ZoneSortKey,
  direction: SortDirection,
  lang: Lang,
  context: Pick<ZoneContext, 'provinces' | 'distances'> = {},
): Zone[] {
  const provinces = context.provinces ?? [];
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
    : key === 'status' ? (z) => (z.status === null ? null : STATUS_ORDER[z.status])
    : (z) => nearestKm(context.distances, z.id, key);
  const values = new Map(zones.map((zone) => [zone, value(zone)]));
  return [...zones].sort((a, b) => {
    const va = values.get(a) ?? null;
    const vb = values.get(b) ?? null;
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byName(a, b);
  });
}

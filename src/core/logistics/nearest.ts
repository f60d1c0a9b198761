// The nearest logistics point of each kind to a zone, by straight-line distance. Pure: the worker runs it
// once over the dataset (core/analysis/api.ts), the tests in Node.
//
// "Nearest" means the nearest OPERATING point: a point under construction (Gia Bình airport) is not a place
// to ship from yet, so it is listed apart, and only when it is nearer than the operating one. A zone
// without a location has no distance at all (the filters count it as unknown), never a guessed one.
import type { LogisticsPoint, Zone } from '../data/types';
import { greatCircleKm } from './geodesy';

/** The kinds a zone's distances are given for, in the order the card and the list show them. */
export const NEAREST_KINDS = ['airport', 'seaport', 'icd', 'border_gate'] as const;
export type NearestKind = (typeof NEAREST_KINDS)[number];
/** The name of each kind in links and test hooks (CONTRACTS.md: `data-nearest`, `seaport=`, `airport=`). */
export const NEAREST_KEY: Record<NearestKind, 'airport' | 'seaport' | 'icd' | 'border'> = {
  airport: 'airport', seaport: 'seaport', icd: 'icd', border_gate: 'border',
};

export interface PointDistance {
  /** The logistics point's id. */
  id: string;
  /** Great-circle distance, km, unrounded. */
  km: number;
  /** How far off the distance may be: the zone's and the point's location radii added, km; null when the zone's is unknown. */
  plusMinusKm: number | null;
}

export interface NearestOfKind {
  /** The nearest operating point, then any that tie with it at the shown precision (0.1 km). Empty when the kind has no operating point. */
  nearest: PointDistance[];
  /** Points of the kind that do not operate yet and are nearer than the nearest operating one, nearest first. */
  notOperating: PointDistance[];
}

export type ZoneDistances = Record<NearestKind, NearestOfKind>;
/** Distances by zone id; a zone without a location has no entry. */
export type ZoneDistanceTable = Record<string, ZoneDistances>;

/** A distance as links and test hooks carry it: km with one decimal. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10;

/** A distance as the app shows it: whole km from 10 km on (its ± is several km), one decimal below. */
export const shownKm = (km: number): number => (km < 10 ? roundKm(km) : Math.round(km));

/** The combined location uncertainty of a distance, km: zone radius + point radius (null when the zone's is unknown). */
export function combinedRadiusKm(zonePrecisionM: number | null, pointPrecisionM: number): number | null {
  return zonePrecisionM === null ? null : (zonePrecisionM + pointPrecisionM) / 1000;
}

const isOperating = (point: LogisticsPoint) => point.status === 'operating';

/** The distances of one zone, or null when the zone has no location. */
export function zoneDistances(zone: Zone, points: readonly LogisticsPoint[]): ZoneDistances | null {
  if (zone.lon === null || zone.lat === null) return null;
  const at = [zone.lon, zone.lat] as const;
  const result = {} as ZoneDistances;
  for (const kind of NEAREST_KINDS) {
    const measured = points
      .filter((point) => point.kind === kind)
      .map((point) => ({ point, distance: { id: point.id, km: greatCircleKm(at, [point.lon, point.lat]), plusMinusKm: combinedRadiusKm(zone.precisionM, point.precisionM) } }))
      .sort((a, b) => a.distance.km - b.distance.km || (a.point.id < b.point.id ? -1 : 1));
    const operating = measured.filter((m) => isOperating(m.point));
    const closest = operating[0]?.distance;
    result[kind] = {
      nearest: closest ? operating.filter((m) => roundKm(m.distance.km) === roundKm(closest.km)).map((m) => m.distance) : [],
      notOperating: measured.filter((m) => !isOperating(m.point) && (!closest || m.distance.km < closest.km)).map((m) => m.distance),
    };
  }
  return result;
}

/** Every located zone's distances (what the worker hands the app once). */
export function zoneDistanceTable(zones: readonly Zone[], points: readonly LogisticsPoint[]): ZoneDistanceTable {
  const table: ZoneDistanceTable = {};
  for (const zone of zones) {
    const distances = zoneDistances(zone, points);
    if (distances) table[zone.id] = distances;
  }
  return table;
}

/** The straight-line km to the nearest operating point of a kind, rounded as shown; null when unknown. */
export function nearestKm(table: ZoneDistanceTable | null | undefined, zoneId: string, kind: NearestKind): number | null {
  const nearest = table?.[zoneId]?.[kind].nearest[0];
  return nearest ? roundKm(nearest.km) : null;
}

/**
 * A point whose location the data flags as low confidence (logistics/SOURCES.md: the Long Biên ICD is
 * placed from its name only, "hide or flag it in the app until an address is found"): the app flags it.
 */
export const isLowConfidence = (point: Pick<LogisticsPoint, 'note'>): boolean => /low confidence/i.test(point.note);

// Logistics points and the selected zone's context as map features. Pure.
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LogisticsPoint, Zone } from '../data/types';
import { NEAREST_KEY, NEAREST_KINDS, shownKm, type NearestKind, type ZoneDistances } from './nearest';
import { boundsAround, type LonLat } from './geodesy';

export interface LogisticsFeatureProperties {
  id: string;
  /** `airport`, `seaport`, `icd`, `border` (the names of NEAREST_KEY). */
  kind: string;
  operating: boolean;
  precision_m: number;
  name_vi: string;
  name_en: string;
}

const isKind = (kind: string): kind is NearestKind => (NEAREST_KINDS as readonly string[]).includes(kind);

export function logisticsFeatures(points: readonly LogisticsPoint[]): FeatureCollection<Point, LogisticsFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: points
      .filter((p) => isKind(p.kind))
      .map((p) => ({
        type: 'Feature',
        properties: {
          id: p.id,
          kind: NEAREST_KEY[p.kind as NearestKind],
          operating: p.status === 'operating',
          precision_m: p.precisionM,
          name_vi: p.nameVi,
          name_en: p.nameEn,
        },
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      })),
  };
}

/** What opening a zone shows around it: the zone, its ring, its province, and its nearest airport and seaport. */
export interface ZoneFocus {
  id: string;
  at: [number, number];
  /** The zone's location radius, m (0 when unknown). */
  precisionM: number;
  /** The zone's province on the map edition shown, outlined. */
  provinceCode: string | null;
  /** Straight lines to the nearest operating airport and seaport, each with its km as shown (nearest.ts shownKm). */
  links: FeatureCollection<LineString, { kind: string; km: number }>;
  /** The zone, its ring and the two points, to frame together with the province. */
  bounds: [[number, number], [number, number]];
}

/** What the app knows of an opened zone, from which the map frames it. */
export interface FocusInput {
  zone: Zone;
  distances: ZoneDistances | undefined;
  /** The zone's province on the map edition shown. */
  provinceCode: string | null;
}

/** The focus of an opened zone; null when it has no location (nothing to frame). */
export function zoneFocus(
  zone: Zone,
  distances: ZoneDistances | undefined,
  points: readonly LogisticsPoint[],
  provinceCode: string | null,
): ZoneFocus | null {
  if (zone.lon === null || zone.lat === null) return null;
  const at: [number, number] = [zone.lon, zone.lat];
  const precisionM = zone.precisionM ?? 0;
  const framed: { at: LonLat; radiusM: number }[] = [{ at, radiusM: precisionM }];
  const links: ZoneFocus['links'] = { type: 'FeatureCollection', features: [] };
  // Airports and seaports only: a border gate can be hundreds of km away and would shrink the zone to a dot.
  for (const kind of ['airport', 'seaport'] as const) {
    const nearest = distances?.[kind].nearest[0];
    const point = nearest && points.find((p) => p.id === nearest.id);
    if (!nearest || !point) continue;
    framed.push({ at: [point.lon, point.lat], radiusM: 0 });
    links.features.push({
      type: 'Feature',
      properties: { kind, km: shownKm(nearest.km) },
      geometry: { type: 'LineString', coordinates: [at, [point.lon, point.lat]] },
    });
  }
  return { id: zone.id, at, precisionM, provinceCode, links, bounds: boundsAround(framed)! };
}

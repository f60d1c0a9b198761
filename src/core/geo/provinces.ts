// Province boundaries as the app receives them (public/geo, written by scripts/build-geo.ts): the
// properties of each feature, its label point and the delta's bounds. Pure.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { Edition } from '../data/types';
import { polygonArea, polygonsOf } from './interior';

/** The properties of a province feature, as written by the geo build and read by the map. */
export interface ProvinceProperties {
  edition: Edition;
  code: string;
  name_vi: string;
  name_en: string;
  in_region: boolean;
  /** The 2025 province a pre-2025 province merged into (pre2025 files only). */
  successor?: string;
  /** Computed at build time: a point well inside the drawn (simplified) shape, for the label and keyboard navigation. */
  label: [number, number];
}

export type ProvinceCollection = FeatureCollection<Geometry, ProvinceProperties>;

export function labelPoints<P extends ProvinceProperties>(
  collection: FeatureCollection<Geometry, P>,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map(
      (f): Feature<Point, P> => ({
        type: 'Feature',
        properties: f.properties,
        geometry: { type: 'Point', coordinates: f.properties.label },
      }),
    ),
  };
}

/** [[west, south], [east, north]] of some provinces' outer rings; null when there are none. */
function boundsOf(features: ProvinceCollection['features']): [Position, Position] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const f of features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    for (const poly of polygonsOf(f.geometry)) {
      for (const [x, y] of poly[0]) {
        west = Math.min(west, x);
        east = Math.max(east, x);
        south = Math.min(south, y);
        north = Math.max(north, y);
      }
    }
  }
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}

/** [[west, south], [east, north]] of the delta provinces' outer rings (a default box when there are none). */
export function regionBounds(collection: ProvinceCollection): [Position, Position] {
  return boundsOf(collection.features.filter((f) => f.properties.in_region)) ?? [[105.2, 19.9], [108.2, 21.7]];
}

/** The largest polygon of a province feature (its mainland: no offshore islands), or the feature when it has none. */
function mainland(feature: ProvinceCollection['features'][number]): ProvinceCollection['features'][number] {
  if (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon') return feature;
  const largest = polygonsOf(feature.geometry).reduce((a, b) => (polygonArea(b) > polygonArea(a) ? b : a));
  return { ...feature, geometry: { type: 'Polygon', coordinates: largest } };
}

/** The whole country's frame (extent=country): every province's mainland, so far-off islands do not shrink it. */
export function countryBounds(collection: ProvinceCollection): [Position, Position] {
  return boundsOf(collection.features.map(mainland)) ?? regionBounds(collection);
}

/**
 * The bounds of one province's largest polygon, by GSO code (Hải Phòng without Bạch Long Vĩ, 110 km out
 * at sea: framing an opened zone with it would shrink the zone to a dot); null when there is no such province.
 */
export function provinceBounds(collection: ProvinceCollection, code: string): [Position, Position] | null {
  const feature = collection.features.find((f) => String(f.properties.code) === code);
  if (!feature || (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon')) return null;
  return boundsOf([mainland(feature)]);
}

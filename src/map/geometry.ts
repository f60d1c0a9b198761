// Geometry helpers for the map: label points (from the build) and the region's bounds. Pure.
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';

export interface ProvinceProperties {
  edition: 'pre2025' | 'post2025';
  code: string;
  name_vi: string;
  name_en: string;
  in_region: boolean;
  successor?: string;
  /** Computed at build time (scripts/build-geo.ts): a point well inside the drawn shape. */
  label: [number, number];
}

function polygons(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

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

/** [[west, south], [east, north]] of the delta provinces. */
export function regionBounds(collection: FeatureCollection<Geometry, ProvinceProperties>): [Position, Position] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const f of collection.features) {
    if (!f.properties.in_region) continue;
    for (const poly of polygons(f.geometry as Polygon)) {
      for (const [x, y] of poly[0]) {
        west = Math.min(west, x);
        east = Math.max(east, x);
        south = Math.min(south, y);
        north = Math.max(north, y);
      }
    }
  }
  if (!Number.isFinite(west)) return [[105.2, 19.9], [108.2, 21.7]];
  return [[west, south], [east, north]];
}

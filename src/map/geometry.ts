// Geometry helpers for the map: label points and the region's bounds. Pure functions over GeoJSON.
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';

export interface ProvinceProperties {
  edition: 'pre2025' | 'post2025';
  code: string;
  name_vi: string;
  name_en: string;
  in_region: boolean;
  successor?: string;
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(area / 2);
}

function polygons(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function insideRing(point: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * A point inside the largest polygon, for the label: the ring's centroid when it is inside, else the
 * midpoint of the widest horizontal chord through the centroid's latitude (good enough for provinces).
 */
export function interiorPoint(geometry: Geometry): Position {
  const largest = polygons(geometry).reduce<Position[][] | null>(
    (best, poly) => (best === null || ringArea(poly[0]) > ringArea(best[0]) ? poly : best),
    null,
  );
  if (!largest) return [0, 0];
  const ring = largest[0];
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
    a += cross;
  }
  const centroid: Position = a === 0 ? ring[0] : [cx / (3 * a), cy / (3 * a)];
  if (insideRing(centroid, ring)) return centroid;
  const crossings: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > centroid[1] !== yj > centroid[1]) crossings.push(((xj - xi) * (centroid[1] - yi)) / (yj - yi) + xi);
  }
  crossings.sort((x, y) => x - y);
  let best: Position = centroid;
  let widest = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    if (crossings[k + 1] - crossings[k] > widest) {
      widest = crossings[k + 1] - crossings[k];
      best = [(crossings[k] + crossings[k + 1]) / 2, centroid[1]];
    }
  }
  return best;
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
        geometry: { type: 'Point', coordinates: interiorPoint(f.geometry) },
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

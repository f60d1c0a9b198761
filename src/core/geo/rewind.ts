/**
 * Ring orientation for d3-geo: exterior rings clockwise, holes counter-clockwise
 * (in lon/lat, the opposite of RFC 7946). d3 reads a counter-clockwise
 * exterior as "the whole globe minus this polygon". MapLibre accepts either.
 * Planar orientation test; fine for polygons much smaller than a hemisphere.
 * Pure: no Node or DOM dependencies.
 */
import type { Geometry, Position } from 'geojson';
import { ringArea } from './interior';

function orient(ring: Position[], clockwise: boolean): Position[] {
  const ccw = ringArea(ring) > 0;
  return ccw === clockwise ? ring.slice().reverse() : ring;
}

export function rewindForD3<G extends Geometry>(geom: G): G {
  if (geom.type === 'Polygon') {
    return { ...geom, coordinates: geom.coordinates.map((r, i) => orient(r, i === 0)) };
  }
  if (geom.type === 'MultiPolygon') {
    return { ...geom, coordinates: geom.coordinates.map((p) => p.map((r, i) => orient(r, i === 0))) };
  }
  return geom;
}

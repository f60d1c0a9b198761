/**
 * Planar (lon/lat treated as x/y) polygon helpers: point-in-polygon with the
 * even-odd rule (independent of ring winding order), ring area and a robust
 * interior point ("pole of inaccessibility" by grid refinement).
 * Pure: no Node or DOM dependencies.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = Position[];
export type PolygonCoords = Ring[];

/** Signed planar area of a ring (positive = counter-clockwise in x/y). */
export function ringArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s / 2;
}

/** Planar area of a polygon: |outer| minus |holes|. */
export function polygonArea(poly: PolygonCoords): number {
  let a = 0;
  poly.forEach((ring, i) => {
    const r = Math.abs(ringArea(ring));
    a += i === 0 ? r : -r;
  });
  return a;
}

/** Even-odd point-in-polygon over all rings (outer + holes). */
export function pointInRings(pt: Position, rings: Ring[]): boolean {
  const [x, y] = pt;
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export function polygonsOf(geom: Polygon | MultiPolygon): PolygonCoords[] {
  return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

/** True when the point lies inside any polygon of the geometry. */
export function pointInGeometry(pt: Position, geom: Polygon | MultiPolygon): boolean {
  return polygonsOf(geom).some((poly) => pointInRings(pt, poly));
}

function segDist2(px: number, py: number, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Distance from a point to the nearest edge of the polygon (planar units). */
function edgeDistance(pt: Position, poly: PolygonCoords): number {
  let best = Infinity;
  for (const ring of poly) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const d = segDist2(pt[0], pt[1], ring[i], ring[j]);
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

/** Midpoint of the widest horizontal chord (always inside; fallback for slivers). */
function scanlinePoint(poly: PolygonCoords): Position | null {
  const ys = poly[0].map((p) => p[1]);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  let best: Position | null = null;
  let bestW = -1;
  for (const f of [0.5, 0.25, 0.75, 0.375, 0.625, 0.125, 0.875, 0.0625, 0.9375]) {
    const y = y0 + (y1 - y0) * f + (y1 - y0) * 1e-7;
    const xs: number[] = [];
    for (const ring of poly) {
      for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const w = xs[k + 1] - xs[k];
      if (w > bestW) {
        bestW = w;
        best = [(xs[k] + xs[k + 1]) / 2, y];
      }
    }
  }
  return best;
}

/**
 * A point well inside the largest polygon of the geometry: the approximate
 * pole of inaccessibility (the inside point farthest from any edge), found by
 * sampling a grid and refining around the best sample. Unlike the centroid it
 * always lies inside, even for crescent or multi-part shapes. Deterministic.
 */
export function interiorPoint(geom: Polygon | MultiPolygon, grid = 16, rounds = 4): Position {
  const polys = polygonsOf(geom).filter((p) => p.length > 0 && p[0].length >= 4);
  if (polys.length === 0) throw new Error('interiorPoint: empty geometry');
  let poly = polys[0];
  let area = -Infinity;
  for (const p of polys) {
    const a = polygonArea(p);
    if (a > area) {
      area = a;
      poly = p;
    }
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of poly[0]) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  let best: Position | null = null;
  let bestD = -1;
  let cx = (minX + maxX) / 2;
  let cy = (minY + maxY) / 2;
  let hw = (maxX - minX) / 2;
  let hh = (maxY - minY) / 2;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i <= grid; i++) {
      for (let j = 0; j <= grid; j++) {
        const pt: Position = [cx - hw + (2 * hw * i) / grid, cy - hh + (2 * hh * j) / grid];
        if (!pointInRings(pt, poly)) continue;
        const d = edgeDistance(pt, poly);
        if (d > bestD) {
          bestD = d;
          best = pt;
        }
      }
    }
    if (!best) break;
    [cx, cy] = best;
    hw = (2 * hw) / grid;
    hh = (2 * hh) / grid;
  }
  if (best) return best;
  const s = scanlinePoint(poly);
  if (!s) throw new Error('interiorPoint: degenerate polygon');
  return s;
}

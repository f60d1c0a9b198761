// Typed TopoJSON helpers: simplification that never drops a ring, quantization onto a fixed grid, and
// the vertex counts the build reports. TopoJSON types: topojson-specification.
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { planarTriangleArea, presimplify } from 'topojson-simplify';
import type { ArcIndexes, GeometryCollection, GeometryObject, Objects, Properties, Topology } from 'topojson-specification';
import { ringArea } from '../../src/core/geo/interior.ts';
import { GeoBuildError } from './sources.ts';

/**
 * Simplification settings. Weights are planar Visvalingam triangle areas in
 * square degrees (lon/lat). For scale: at zoom 9 (512 px tiles) one pixel is
 * about 0.00137° of longitude, i.e. ~1.9e-6 deg² per pixel².
 */
export interface GeoSettings {
  regionMinWeight: number;
  otherMinWeight: number;
  minRingVertices: number;
  quantization: number;
  contextMinWeight: number;
  contextQuantization: number;
}

export const SETTINGS: Readonly<GeoSettings> = {
  /** Arcs touching a Red River Delta province (in_region): kept finer. */
  regionMinWeight: 3e-7,
  /** All other arcs. */
  otherMinWeight: 1e-5,
  /** Every ring keeps at least this many distinct vertices (no island is dropped). */
  minRingVertices: 3,
  /** Grid size of the integer quantization (per axis, over the file's bbox). */
  quantization: 1e5,
  /** Context file (outline + neighbours). */
  contextMinWeight: 2e-5,
  contextQuantization: 1e5,
};

export type PolygonalFeature<P> = Feature<Polygon | MultiPolygon, P>;

/** The rings of a geometry, each as the arcs it is made of. */
export function geometryRings(g: GeometryObject): ArcIndexes[] {
  switch (g.type) {
    case 'Polygon':
      return g.arcs;
    case 'MultiPolygon':
      return g.arcs.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(geometryRings);
    case null:
    case undefined:
      return [];
    default:
      throw new GeoBuildError(`build-geo: unexpected geometry type ${g.type}`);
  }
}

/** A negative arc index is the arc reversed (TopoJSON spec, "2.1.4 Arc Indexes"). */
export const arcIndex = (i: number) => (i < 0 ? ~i : i);

/**
 * Visvalingam simplification with per-arc thresholds that never drops a ring:
 * every ring keeps at least `minRingVertices` distinct vertices (the ones with
 * the highest effective area), so small islands stay as small triangles or
 * better instead of collapsing. Returns a topology with absolute coordinates.
 */
export function simplifyTopology<T extends Objects>(
  topo: Topology<T>,
  minWeightOfArc: (arc: number) => number,
  minRingVertices: number,
): { topo: Topology<T>; promoted: number } {
  // Each point becomes [x, y, weight]: its effective area.
  const arcs = presimplify(topo, planarTriangleArea).arcs;
  const keep: Uint8Array[] = arcs.map((arc, a) => {
    const min = minWeightOfArc(a);
    return Uint8Array.from(arc, (p) => (p[2] >= min ? 1 : 0));
  });
  let promoted = 0;
  for (const obj of Object.values(topo.objects)) {
    for (const ring of geometryRings(obj)) {
      // distinct vertices of a closed ring = sum over arcs of (kept points - 1)
      let count = 0;
      for (const i of ring) count += keep[arcIndex(i)].reduce((s, k) => s + k, 0) - 1;
      if (count >= minRingVertices) continue;
      const candidates: [number, number, number][] = []; // [z, arc, pos]
      for (const i of ring) {
        const a = arcIndex(i);
        arcs[a].forEach((p, pos) => {
          if (!keep[a][pos]) candidates.push([p[2], a, pos]);
        });
      }
      candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
      for (const [, a, pos] of candidates) {
        if (count >= minRingVertices) break;
        if (!keep[a][pos]) {
          keep[a][pos] = 1;
          count++;
          promoted++;
        }
      }
    }
  }
  const out: Topology<T> = {
    type: 'Topology',
    objects: topo.objects,
    arcs: arcs.map((arc, a) => arc.filter((_, pos) => keep[a][pos]).map((p) => [p[0], p[1]])),
  };
  return { topo: out, promoted };
}

const round = (v: number, d: number) => {
  const f = 10 ** d;
  return Math.round(v * f) / f;
};

/** Quantize absolute coordinates onto a q×q grid over the topology's bbox. */
export function quantizeTopology<T extends Objects>(topo: Topology<T>, q: number): Topology<T> {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const arc of topo.arcs) {
    for (const [x, y] of arc) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  const bbox: BBox = [round(x0, 7), round(y0, 7), round(x1, 7), round(y1, 7)];
  return quantize({ ...topo, bbox }, q);
}

/** Rounds transform numbers so the JSON text does not depend on float noise. */
export function tidyTransform<T extends Objects>(topo: Topology<T>): Topology<T> {
  if (!topo.transform) throw new GeoBuildError('build-geo: expected a quantized topology');
  const { scale, translate } = topo.transform;
  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: {
      scale: [round(scale[0], 12), round(scale[1], 12)],
      translate: [round(translate[0], 9), round(translate[1], 9)],
    },
    objects: topo.objects,
    arcs: topo.arcs,
  };
}

/** The features of a collection of polygons, decoded; anything else is an error in the source. */
export function polygonFeatures<P extends Properties>(topo: Topology, collection: GeometryCollection<P>): PolygonalFeature<P>[] {
  return feature<P>(topo, collection).features.map((f) => {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new GeoBuildError(`build-geo: feature ${f.id} is a ${f.geometry?.type ?? 'null geometry'}, not a polygon`);
    }
    return f as PolygonalFeature<P>;
  });
}

const polygonsOfFeature = (f: PolygonalFeature<unknown>) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);

/** Decoded vertex count per feature id (ring coordinates incl. the closing one, as in SOURCES.md). */
export function vertexCounts<P extends Properties>(topo: Topology, collection: GeometryCollection<P>): Map<number | string, { vertices: number; parts: number }> {
  const out = new Map<number | string, { vertices: number; parts: number }>();
  for (const f of polygonFeatures(topo, collection)) {
    const polys = polygonsOfFeature(f);
    let vertices = 0;
    for (const p of polys) for (const r of p) vertices += r.length;
    out.set(f.id as number, { vertices, parts: polys.length });
  }
  return out;
}

/** Rings of zero area (collapsed by simplification and quantization): the build reports them. */
export function countDegenerateRings<P extends Properties>(topo: Topology, collection: GeometryCollection<P>): number {
  let n = 0;
  for (const f of polygonFeatures(topo, collection)) {
    for (const p of polygonsOfFeature(f)) for (const r of p) if (ringArea(r) === 0) n++;
  }
  return n;
}

// One edition's provinces: every source geometry keyed to its GSO code through the name keys,
// simplified (finer inside the delta), quantized, with a label point computed once here.
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Edition } from '../../src/core/data/types.ts';
import type { ProvinceProperties } from '../../src/core/geo/provinces.ts';
import { interiorPoint } from '../../src/core/geo/interior.ts';
import { GeoBuildError, readSourceJson, SRC } from './sources.ts';
import { nfc, type Tables } from './tables.ts';
import {
  arcIndex, countDegenerateRings, geometryRings, polygonFeatures, quantizeTopology, simplifyTopology, tidyTransform, vertexCounts,
  type GeoSettings,
} from './topology.ts';

/** Until the label point is computed from the simplified shape. */
type KeyedProperties = Omit<ProvinceProperties, 'label'> & { label?: ProvinceProperties['label'] };
type KeyedGeometry = (Polygon<KeyedProperties> | MultiPolygon<KeyedProperties>) & { id: number; properties: KeyedProperties };
type SourceGeometry = Polygon<{ ten_tinh?: unknown }> | MultiPolygon<{ ten_tinh?: unknown }>;

/** What the build reports of one provinces file (besides its size). */
export interface ProvincesReport {
  features: number;
  /** Vertices of the delta's provinces after simplification: what the map draws finest. */
  regionVertices: number;
  /** Per delta province, `${code} ${name_vi}`. */
  vertices: Record<string, { before: number; after: number; parts: number }>;
  /** Vertices kept beyond the thresholds so that no ring (island) disappears. */
  promotedVertices: number;
  degenerateRings: number;
}

/** The same geometry (arcs, in the same key order), with the build's id and properties. */
function keyedGeometry(g: SourceGeometry, id: number, properties: KeyedProperties): KeyedGeometry {
  return g.type === 'Polygon' ? { type: g.type, arcs: g.arcs, id, properties } : { type: g.type, arcs: g.arcs, id, properties };
}

function readSource(sourceDir: string, sourceRel: string, expected: number): { src: Topology; geometries: SourceGeometry[] } {
  const src = readSourceJson<Topology>(sourceDir, sourceRel);
  const objNames = Object.keys(src.objects ?? {});
  if (src.type !== 'Topology' || objNames.length !== 1) {
    throw new GeoBuildError(`build-geo: ${sourceRel}: expected a TopoJSON with one object, got ${objNames.join(', ')}`);
  }
  const obj = src.objects[objNames[0]];
  if (obj.type !== 'GeometryCollection') throw new GeoBuildError(`build-geo: ${sourceRel}: expected a GeometryCollection, got ${obj.type}`);
  if (obj.geometries.length !== expected) {
    throw new GeoBuildError(`build-geo: ${sourceRel}: expected ${expected} features, got ${obj.geometries.length}`);
  }
  const geometries = obj.geometries.map((g, i) => {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new GeoBuildError(`build-geo: ${sourceRel}: feature ${i} is a ${g.type}, not a polygon`);
    return g as SourceGeometry;
  });
  return { src, geometries };
}

/** Every geometry keyed: NFC name -> GSO code -> province row. All problems are reported at once. */
function keyGeometries(sourceGeometries: SourceGeometry[], sourceRel: string, edition: Edition, tables: Tables): KeyedGeometry[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const geometries: KeyedGeometry[] = [];
  for (const g of sourceGeometries) {
    const name = nfc(String(g.properties?.ten_tinh ?? ''));
    const code = tables.nameKeys.get(`${sourceRel}|ten_tinh|${name}`);
    if (!code) {
      problems.push(`no code for ten_tinh '${name}'`);
      continue;
    }
    if (seen.has(code)) problems.push(`code ${code} used by both '${seen.get(code)}' and '${name}'`);
    seen.set(code, name);
    const row = tables.provinces.get(`${edition}|${code}`);
    if (!row) {
      problems.push(`(${edition}, ${code}) for '${name}' not in ${SRC.provinceCodes}`);
      continue;
    }
    const properties: KeyedProperties = {
      edition,
      code,
      name_vi: row.name_vi,
      name_en: row.name_en,
      in_region: row.region === 'red-river-delta',
    };
    if (edition === 'pre2025') {
      const s = tables.successor.get(code);
      if (!s) problems.push(`no successor in ${SRC.merger} for ${code} '${name}'`);
      else properties.successor = s;
    }
    geometries.push(keyedGeometry(g, parseInt(code, 10), properties));
  }
  const expectedCodes = [...tables.provinces.values()].filter((r) => r.edition === edition).map((r) => r.code);
  for (const c of expectedCodes) if (!seen.has(c)) problems.push(`province ${c} missing from the geometry`);
  if (problems.length) {
    throw new GeoBuildError(`build-geo: ${sourceRel}: cannot key provinces: ${problems.join('; ')}`);
  }
  return geometries.sort((a, b) => a.id - b.id);
}

export function buildProvinces(
  sourceDir: string,
  edition: Edition,
  tables: Tables,
  settings: GeoSettings,
): { json: string; report: ProvincesReport; source: string } {
  const sourceRel = SRC[edition];
  const { src, geometries: sourceGeometries } = readSource(sourceDir, sourceRel, edition === 'pre2025' ? 63 : 34);
  const geometries = keyGeometries(sourceGeometries, sourceRel, edition, tables);

  const keyed: Topology<{ provinces: GeometryCollection<KeyedProperties> }> = {
    type: 'Topology',
    transform: src.transform,
    objects: { provinces: { type: 'GeometryCollection', geometries } },
    arcs: src.arcs,
  };
  const before = vertexCounts(keyed, keyed.objects.provinces);

  const regionArcs = new Set<number>();
  for (const g of geometries) if (g.properties.in_region) for (const r of geometryRings(g)) for (const i of r) regionArcs.add(arcIndex(i));

  const { topo: simplified, promoted } = simplifyTopology(
    keyed,
    (a) => (regionArcs.has(a) ? settings.regionMinWeight : settings.otherMinWeight),
    settings.minRingVertices,
  );
  const out = tidyTransform(quantizeTopology(simplified, settings.quantization));
  const after = vertexCounts(out, out.objects.provinces);
  // Label points are computed once here, not in every visitor's browser.
  const decoded = polygonFeatures(out, out.objects.provinces);
  out.objects.provinces.geometries.forEach((g, i) => {
    if (g.type === null || !g.properties) throw new GeoBuildError(`build-geo: ${sourceRel}: a province lost its geometry or properties`);
    const [lon, lat] = interiorPoint(decoded[i].geometry);
    g.properties.label = [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
  });

  const vertices: ProvincesReport['vertices'] = {};
  let regionVertices = 0;
  for (const g of geometries) {
    const b = before.get(g.id)!;
    const a = after.get(g.id)!;
    if (g.properties.in_region) {
      regionVertices += a.vertices;
      vertices[`${g.properties.code} ${g.properties.name_vi}`] = { before: b.vertices, after: a.vertices, parts: a.parts };
    }
  }
  return {
    json: JSON.stringify(out),
    source: sourceRel,
    report: {
      features: geometries.length,
      regionVertices,
      vertices,
      promotedVertices: promoted,
      degenerateRings: countDegenerateRings(out, out.objects.provinces),
    },
  };
}

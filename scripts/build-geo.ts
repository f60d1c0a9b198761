/**
 * build-geo: turns the shared boundary data (never committed, see DATA.md rule 3)
 * into small TopoJSON files under public/geo/ (git-ignored).
 *
 *   npm run prepare:geo            (= tsx scripts/build-geo.ts)
 *
 * Source folder: $KCN_GEO_SOURCE, default ../shared/geo relative to the project
 * root (the folder holding package.json). A relative KCN_GEO_SOURCE is also
 * resolved against the project root. Output folder: public/geo/ (or
 * $KCN_GEO_OUT, mainly for tests).
 *
 * Outputs
 *   provinces-pre2025.topo.json   63 provinces (object "provinces")
 *   provinces-post2025.topo.json  34 provinces (object "provinces")
 *   context.topo.json             objects "vietnam" (outline incl. islands) and
 *                                 "neighbours" (China, Laos, Cambodia)
 *   manifest.json                 counts, sizes, sources, licences; no timestamps
 *
 * Every province feature has id = parseInt(code) and properties
 *   edition, code, name_vi, name_en, in_region (+ successor for pre2025).
 * Provinces are keyed by (edition, code): GSO codes were reused in 2025.
 *
 * Output is deterministic: re-running on the same inputs gives identical bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { parseCsv } from '../src/core/data/csv.ts';
import { interiorPoint } from '../src/core/geo/interior.ts';
import { rewindForD3 } from '../src/core/geo/rewind.ts';

/** Bump when the output format or the simplification settings change. */
export const BUILD_GEO_VERSION = '1.1.0';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SOURCE_REL = '../shared/geo';
export const DEFAULT_OUT_REL = 'public/geo';

export const SRC = {
  pre2025: 'raw/TaliaCao__Vietnam-Shape-Map/Formatting/diaphantinh_63_fixednames.json',
  post2025: 'raw/TaliaCao__Vietnam-Shape-Map/Maps/GeoJSON/diaphantinhvn_merged_from_geojson.json',
  outline: 'derived/vn_country_outline_lowres.geojson',
  world: 'raw/cublya__world-atlas/countries-50m.json',
  nameKeys: 'source-name-keys.csv',
  provinceCodes: 'province-codes.csv',
  merger: 'merger-2025.csv',
} as const;

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

const LICENCE_ODM = {
  licence: 'CC BY-SA 4.0',
  licence_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  attribution:
    "Provincial boundaries: Open Development Mekong / Open Development Vietnam, 'Địa phận tỉnh' (Dept. of Survey and Mapping), CC BY-SA 4.0",
};
const LICENCE_NE = {
  licence: 'Public domain',
  licence_url: 'https://www.naturalearthdata.com/about/terms-of-use/',
  attribution: 'Neighbouring countries: Natural Earth (public domain)',
};

const NEIGHBOURS: { id: string; name_en: string; name_vi: string }[] = [
  { id: '116', name_en: 'Cambodia', name_vi: 'Campuchia' },
  { id: '156', name_en: 'China', name_vi: 'Trung Quốc' },
  { id: '418', name_en: 'Laos', name_vi: 'Lào' },
];

export type Edition = 'pre2025' | 'post2025';

export class GeoBuildError extends Error {}

// ---------------------------------------------------------------------------
// Source folder

export function resolveSourceDir(env: NodeJS.ProcessEnv = process.env): string {
  const v = env.KCN_GEO_SOURCE?.trim();
  if (!v) return resolve(PROJECT_ROOT, DEFAULT_SOURCE_REL);
  return isAbsolute(v) ? v : resolve(PROJECT_ROOT, v);
}

function howToSet(): string {
  return `Set KCN_GEO_SOURCE to the shared geo folder (absolute, or relative to the project root; default ${DEFAULT_SOURCE_REL}).`;
}

/** Throws one GeoBuildError naming what is missing and where it looked. */
export function checkSourceDir(sourceDir: string): void {
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) {
    throw new GeoBuildError(
      `build-geo: boundary source folder not found: ${sourceDir}. ${howToSet()}`,
    );
  }
  const missing = Object.values(SRC).filter((rel) => !existsSync(join(sourceDir, rel)));
  if (missing.length) {
    throw new GeoBuildError(
      `build-geo: missing ${missing.length} source file(s) in ${sourceDir}: ${missing.join(', ')}. ${howToSet()}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Tables

interface ProvinceRow {
  code: string;
  name_vi: string;
  name_en: string;
  edition: Edition;
  region: string;
}

interface Tables {
  /** `${sourceRel}|${property}|${NFC value}` -> code */
  nameKeys: Map<string, string>;
  /** `${edition}|${code}` -> row */
  provinces: Map<string, ProvinceRow>;
  /** old (pre2025) code -> new (post2025) code */
  successor: Map<string, string>;
}

const nfc = (s: string) => s.normalize('NFC').trim();

function loadTables(sourceDir: string): Tables {
  const read = (rel: string) => {
    const table = parseCsv(readFileSync(join(sourceDir, rel), 'utf8'));
    if (table.ragged.length) {
      const { line, fields } = table.ragged[0];
      throw new GeoBuildError(`build-geo: ${rel}:${line}: expected ${table.header.length} fields, got ${fields}`);
    }
    return table.rows.map((r) => r.values);
  };
  const nameKeys = new Map<string, string>();
  for (const r of read(SRC.nameKeys)) {
    const k = `${nfc(r.source_file)}|${nfc(r.property)}|${nfc(r.value)}`;
    const prev = nameKeys.get(k);
    if (prev !== undefined && prev !== r.code) {
      throw new GeoBuildError(`build-geo: ${SRC.nameKeys}: conflicting codes for ${k}: ${prev} vs ${r.code}`);
    }
    nameKeys.set(k, nfc(r.code));
  }
  const provinces = new Map<string, ProvinceRow>();
  for (const r of read(SRC.provinceCodes)) {
    const row: ProvinceRow = {
      code: nfc(r.code),
      name_vi: nfc(r.name_vi),
      name_en: nfc(r.name_en),
      edition: nfc(r.edition) as Edition,
      region: nfc(r.region),
    };
    if (!/^\d{2}$/.test(row.code)) throw new GeoBuildError(`build-geo: ${SRC.provinceCodes}: bad code '${r.code}'`);
    const k = `${row.edition}|${row.code}`;
    if (provinces.has(k)) throw new GeoBuildError(`build-geo: ${SRC.provinceCodes}: duplicate ${k}`);
    provinces.set(k, row);
  }
  const successor = new Map<string, string>();
  for (const r of read(SRC.merger)) {
    const oldCode = nfc(r.old_code);
    if (successor.has(oldCode)) throw new GeoBuildError(`build-geo: ${SRC.merger}: duplicate old_code ${oldCode}`);
    if (!provinces.has(`pre2025|${oldCode}`) || !provinces.has(`post2025|${nfc(r.new_code)}`)) {
      throw new GeoBuildError(`build-geo: ${SRC.merger}: ${oldCode} -> ${r.new_code} not in ${SRC.provinceCodes}`);
    }
    successor.set(oldCode, nfc(r.new_code));
  }
  return { nameKeys, provinces, successor };
}

// ---------------------------------------------------------------------------
// Topology helpers (loosely typed: TopoJSON objects straight from JSON)

/* eslint-disable @typescript-eslint/no-explicit-any */
type Topo = any;
type ArcRing = number[];

function geometryRings(g: any): ArcRing[] {
  if (g.type === 'Polygon') return g.arcs;
  if (g.type === 'MultiPolygon') return g.arcs.flat();
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(geometryRings);
  if (g.type == null) return [];
  throw new GeoBuildError(`build-geo: unexpected geometry type ${g.type}`);
}

const arcIndex = (i: number) => (i < 0 ? ~i : i);

/**
 * Visvalingam simplification with per-arc thresholds that never drops a ring:
 * every ring keeps at least `minRingVertices` distinct vertices (the ones with
 * the highest effective area), so small islands stay as small triangles or
 * better instead of collapsing. Returns a topology with absolute coordinates.
 */
function simplifyTopology(
  topo: Topo,
  minWeightOfArc: (arc: number) => number,
  minRingVertices: number,
): { topo: Topo; promoted: number } {
  const pre = presimplify(topo, planarTriangleArea) as Topo;
  const arcs: number[][][] = pre.arcs;
  const keep: Uint8Array[] = arcs.map((arc, a) => {
    const min = minWeightOfArc(a);
    return Uint8Array.from(arc, (p) => (p[2] >= min ? 1 : 0));
  });
  let promoted = 0;
  for (const obj of Object.values<any>(topo.objects)) {
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
  const out = {
    type: 'Topology',
    objects: topo.objects,
    arcs: arcs.map((arc, a) => arc.filter((_, pos) => keep[a][pos]).map((p) => [p[0], p[1]])),
  };
  return { topo: out, promoted };
}

/** Quantize absolute coordinates onto a q×q grid over the topology's bbox. */
function quantizeTopology(topo: Topo, q: number): Topo {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const arc of topo.arcs as number[][][]) {
    for (const [x, y] of arc) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  const bbox = [x0, y0, x1, y1].map((v) => round(v, 7));
  return quantize({ ...topo, bbox } as Topo, q);
}

const round = (v: number, d: number) => {
  const f = 10 ** d;
  return Math.round(v * f) / f;
};

/** Rounds transform numbers so the JSON text does not depend on float noise. */
function tidyTransform(topo: Topo): Topo {
  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: {
      scale: topo.transform.scale.map((v: number) => round(v, 12)),
      translate: topo.transform.translate.map((v: number) => round(v, 9)),
    },
    objects: topo.objects,
    arcs: topo.arcs,
  };
}

/** Decoded vertex count per feature id (ring coordinates incl. the closing one, as in SOURCES.md). */
function vertexCounts(topo: Topo, objectName: string): Map<number | string, { vertices: number; parts: number }> {
  const fc = feature(topo, topo.objects[objectName]) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const out = new Map<number | string, { vertices: number; parts: number }>();
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let vertices = 0;
    for (const p of polys) for (const r of p) vertices += r.length;
    out.set(f.id as number, { vertices, parts: polys.length });
  }
  return out;
}

function countDegenerateRings(topo: Topo, objectName: string): number {
  const fc = feature(topo, topo.objects[objectName]) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  let n = 0;
  for (const f of fc.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const r of p) if (ringArea2(r) === 0) n++;
  }
  return n;
}

function ringArea2(r: Position[]): number {
  let s = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
  return s;
}

// ---------------------------------------------------------------------------
// Provinces

export interface ProvinceProps {
  edition: Edition;
  code: string;
  name_vi: string;
  name_en: string;
  in_region: boolean;
  successor?: string;
  /** A point well inside the drawn (simplified) shape, for the label and keyboard navigation. */
  label?: [number, number];
}

interface FileReport {
  file: string;
  features: number;
  bytes: number;
  gzipBytes: number;
  regionVertices?: number;
  vertices?: Record<string, { before: number; after: number; parts: number }>;
  promotedVertices?: number;
  degenerateRings?: number;
}

function buildProvinces(
  sourceDir: string,
  edition: Edition,
  tables: Tables,
  settings: GeoSettings,
): { json: string; report: Omit<FileReport, 'file' | 'bytes' | 'gzipBytes'>; source: string } {
  const sourceRel = SRC[edition];
  const src: Topo = JSON.parse(readFileSync(join(sourceDir, sourceRel), 'utf8'));
  const objNames = Object.keys(src.objects ?? {});
  if (src.type !== 'Topology' || objNames.length !== 1) {
    throw new GeoBuildError(`build-geo: ${sourceRel}: expected a TopoJSON with one object, got ${objNames.join(', ')}`);
  }
  const obj = src.objects[objNames[0]];
  const expected = edition === 'pre2025' ? 63 : 34;
  if (obj.geometries.length !== expected) {
    throw new GeoBuildError(`build-geo: ${sourceRel}: expected ${expected} features, got ${obj.geometries.length}`);
  }

  // Key every geometry: NFC name -> GSO code -> province row.
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const geometries = obj.geometries.map((g: any) => {
    const name = nfc(String(g.properties?.ten_tinh ?? ''));
    const code = tables.nameKeys.get(`${sourceRel}|ten_tinh|${name}`);
    if (!code) {
      problems.push(`no code for ten_tinh '${name}'`);
      return null;
    }
    if (seen.has(code)) problems.push(`code ${code} used by both '${seen.get(code)}' and '${name}'`);
    seen.set(code, name);
    const row = tables.provinces.get(`${edition}|${code}`);
    if (!row) {
      problems.push(`(${edition}, ${code}) for '${name}' not in ${SRC.provinceCodes}`);
      return null;
    }
    const properties: ProvinceProps = {
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
    return { type: g.type, arcs: g.arcs, id: parseInt(code, 10), properties };
  });
  const expectedCodes = [...tables.provinces.values()].filter((r) => r.edition === edition).map((r) => r.code);
  for (const c of expectedCodes) if (!seen.has(c)) problems.push(`province ${c} missing from the geometry`);
  if (problems.length) {
    throw new GeoBuildError(`build-geo: ${sourceRel}: cannot key provinces: ${problems.join('; ')}`);
  }
  geometries.sort((a: any, b: any) => a.id - b.id);

  const keyed: Topo = {
    type: 'Topology',
    transform: src.transform,
    objects: { provinces: { type: 'GeometryCollection', geometries } },
    arcs: src.arcs,
  };
  const before = vertexCounts(keyed, 'provinces');

  const regionArcs = new Set<number>();
  for (const g of geometries) if (g.properties.in_region) for (const r of geometryRings(g)) for (const i of r) regionArcs.add(arcIndex(i));

  const { topo: simplified, promoted } = simplifyTopology(
    keyed,
    (a) => (regionArcs.has(a) ? settings.regionMinWeight : settings.otherMinWeight),
    settings.minRingVertices,
  );
  const out = tidyTransform(quantizeTopology(simplified, settings.quantization));
  const after = vertexCounts(out, 'provinces');
  // Label points are computed once here, not in every visitor's browser.
  const decoded = feature(out as any, out.objects.provinces as any) as unknown as FeatureCollection<Polygon | MultiPolygon, ProvinceProps>;
  out.objects.provinces.geometries.forEach((g: any, i: number) => {
    const [lon, lat] = interiorPoint(decoded.features[i].geometry);
    g.properties.label = [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
  });

  const vertices: Record<string, { before: number; after: number; parts: number }> = {};
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
      degenerateRings: countDegenerateRings(out, 'provinces'),
    },
  };
}

// ---------------------------------------------------------------------------
// Context: Vietnam outline + neighbouring countries

function buildContext(sourceDir: string, settings: GeoSettings): { json: string; counts: { vietnam: number; neighbours: number } } {
  const outline: FeatureCollection = JSON.parse(readFileSync(join(sourceDir, SRC.outline), 'utf8'));
  if (outline.type !== 'FeatureCollection' || outline.features.length !== 1) {
    throw new GeoBuildError(`build-geo: ${SRC.outline}: expected a FeatureCollection with 1 feature`);
  }
  const vietnam: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 704,
        properties: { name_vi: 'Việt Nam', name_en: 'Viet Nam', iso_n3: '704' },
        // The derived outline is RFC 7946 (counter-clockwise); the ODM provinces and
        // Natural Earth use d3's clockwise order. Make all files consistent.
        geometry: rewindForD3(outline.features[0].geometry),
      },
    ],
  };

  const world: Topo = JSON.parse(readFileSync(join(sourceDir, SRC.world), 'utf8'));
  const countries = world.objects?.countries;
  if (!countries) throw new GeoBuildError(`build-geo: ${SRC.world}: no 'countries' object`);
  const neighbours: FeatureCollection = {
    type: 'FeatureCollection',
    features: NEIGHBOURS.map((n) => {
      const g = countries.geometries.find((x: any) => String(x.id) === n.id);
      if (!g) throw new GeoBuildError(`build-geo: ${SRC.world}: country ${n.id} (${n.name_en}) not found`);
      const f = feature(world, g) as unknown as Feature;
      return {
        type: 'Feature',
        id: parseInt(n.id, 10),
        properties: { name_vi: n.name_vi, name_en: n.name_en, iso_n3: n.id },
        geometry: f.geometry,
      } satisfies Feature;
    }),
  };

  const topo = topology({ vietnam, neighbours } as any);
  const { topo: simplified } = simplifyTopology(topo, () => settings.contextMinWeight, settings.minRingVertices);
  const out = tidyTransform(quantizeTopology(simplified, settings.contextQuantization));
  return { json: JSON.stringify(out), counts: { vietnam: 1, neighbours: neighbours.features.length } };
}

// ---------------------------------------------------------------------------
// Driver

function toolVersions(): Record<string, string> {
  const req = createRequire(import.meta.url);
  const v: Record<string, string> = { 'build-geo': BUILD_GEO_VERSION };
  for (const p of ['topojson-client', 'topojson-server', 'topojson-simplify']) {
    v[p] = (req(`${p}/package.json`) as { version: string }).version;
  }
  return v;
}

const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');
const kB = (n: number) => (n / 1000).toFixed(1);

export interface BuildGeoOptions {
  /** Absolute source folder; default from KCN_GEO_SOURCE / ../shared/geo. */
  sourceDir?: string;
  /** Output folder; default public/geo in the project (or KCN_GEO_OUT). */
  outDir?: string;
  /** Line logger; default console.log. Pass () => {} for silence. */
  log?: (line: string) => void;
  /** Override simplification settings (experiments and tests). */
  settings?: Partial<GeoSettings>;
}

export interface BuildGeoResult {
  outDir: string;
  files: FileReport[];
  manifest: unknown;
}

export function buildGeo(opts: BuildGeoOptions = {}): BuildGeoResult {
  const sourceDir = opts.sourceDir ?? resolveSourceDir();
  const outDir =
    opts.outDir ?? (process.env.KCN_GEO_OUT ? resolve(PROJECT_ROOT, process.env.KCN_GEO_OUT) : resolve(PROJECT_ROOT, DEFAULT_OUT_REL));
  const log = opts.log ?? ((l: string) => console.log(l));
  const settings: GeoSettings = { ...SETTINGS, ...opts.settings };
  checkSourceDir(sourceDir);
  const tables = loadTables(sourceDir);
  mkdirSync(outDir, { recursive: true });

  const srcHash = (rel: string) => sha256(readFileSync(join(sourceDir, rel)));
  const reports: FileReport[] = [];
  const manifestFiles: Record<string, unknown> = {};

  const write = (file: string, json: string, report: Omit<FileReport, 'file' | 'bytes' | 'gzipBytes'>) => {
    const buf = Buffer.from(json, 'utf8');
    writeFileSync(join(outDir, file), buf);
    const r: FileReport = { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length, ...report };
    reports.push(r);
    const delta = r.regionVertices != null ? `, delta-region vertices ${r.regionVertices}` : '';
    log(`build-geo: ${file}: ${r.features} features, ${kB(r.bytes)} kB raw, ${kB(r.gzipBytes)} kB gzip${delta}`);
    return r;
  };

  for (const edition of ['pre2025', 'post2025'] as const) {
    const file = `provinces-${edition}.topo.json`;
    const { json, report, source } = buildProvinces(sourceDir, edition, tables, settings);
    const r = write(file, json, report);
    manifestFiles[file] = {
      object: 'provinces',
      edition,
      features: r.features,
      bytes: r.bytes,
      region_vertices: r.regionVertices,
      source,
      source_sha256: srcHash(source),
      keys: [SRC.nameKeys, SRC.provinceCodes, ...(edition === 'pre2025' ? [SRC.merger] : [])],
      ...LICENCE_ODM,
    };
  }

  {
    const file = 'context.topo.json';
    const { json, counts } = buildContext(sourceDir, settings);
    const r = write(file, json, { features: counts.vietnam + counts.neighbours });
    manifestFiles[file] = {
      features: r.features,
      bytes: r.bytes,
      objects: {
        vietnam: { features: counts.vietnam, source: SRC.outline, source_sha256: srcHash(SRC.outline), ...LICENCE_ODM },
        neighbours: { features: counts.neighbours, source: SRC.world, source_sha256: srcHash(SRC.world), ...LICENCE_NE },
      },
      licence: `${LICENCE_ODM.licence} (vietnam); ${LICENCE_NE.licence} (neighbours)`,
      attribution: `${LICENCE_ODM.attribution}. ${LICENCE_NE.attribution}`,
    };
  }

  const manifest = {
    generator: { script: 'scripts/build-geo.ts', versions: toolVersions() },
    settings,
    attribution: [LICENCE_ODM.attribution, LICENCE_NE.attribution],
    files: manifestFiles,
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { outDir, files: reports, manifest };
}

const isMain = (() => {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return pathToFileURL(resolve(argv1)).href === import.meta.url;
  } catch {
    return false;
  }
})();

if (isMain) {
  try {
    const t0 = performance.now();
    const { files } = buildGeo();
    for (const f of files) {
      if (f.vertices) {
        const qn = Object.entries(f.vertices).filter(([k]) => /^(22|31) /.test(k));
        const detail = qn.map(([k, v]) => `${k} ${v.before}→${v.after} (${v.parts} parts)`).join(', ');
        console.log(`build-geo:   ${f.file}: ${detail}; rings kept by vertex promotion: ${f.promotedVertices} vertices; zero-area rings: ${f.degenerateRings}`);
      }
    }
    console.log(`build-geo: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(e instanceof GeoBuildError ? e.message : `build-geo: ${(e as Error)?.stack ?? e}`);
    process.exit(1);
  }
}

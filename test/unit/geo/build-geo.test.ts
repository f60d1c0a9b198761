/**
 * Builds the boundary files into a temp folder (from the shared geo source,
 * KCN_GEO_SOURCE or ../shared/geo) and checks what the app would notice.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { buildGeo } from '../../../scripts/geo/build.ts';
import { SRC, resolveSourceDir } from '../../../scripts/geo/sources.ts';
import { interiorPoint, pointInGeometry, ringArea } from '../../../src/core/geo/interior.ts';

type Geom = Polygon | MultiPolygon;
type Props = {
  edition: string;
  code: string;
  name_vi: string;
  name_en: string;
  in_region: boolean;
  successor?: string;
};

const DELTA_PRE: Record<string, string> = {
  '01': 'Hà Nội',
  '22': 'Quảng Ninh',
  '26': 'Vĩnh Phúc',
  '27': 'Bắc Ninh',
  '30': 'Hải Dương',
  '31': 'Hải Phòng',
  '33': 'Hưng Yên',
  '34': 'Thái Bình',
  '35': 'Hà Nam',
  '36': 'Nam Định',
  '37': 'Ninh Bình',
};
const DELTA_POST: Record<string, string> = {
  '01': 'Hà Nội',
  '22': 'Quảng Ninh',
  '24': 'Bắc Ninh',
  '25': 'Phú Thọ',
  '31': 'Hải Phòng',
  '33': 'Hưng Yên',
  '37': 'Ninh Bình',
};
const DELTA_SUCCESSOR: Record<string, string> = {
  '01': '01', '22': '22', '26': '25', '27': '24', '30': '31', '31': '31',
  '33': '33', '34': '33', '35': '37', '36': '37', '37': '37',
};

/**
 * Island points, each checked below against the unsimplified source first.
 * (Interior points of the source's island polygons; note the rough 106.99E,
 * 20.73N for Cát Bà is open sea south of the island in this data.)
 */
const ISLANDS: { name: string; pt: Position; code: string; srcName: string }[] = [
  { name: 'Cát Bà', pt: [106.9956, 20.8031], code: '31', srcName: 'TP Hải Phòng' },
  { name: 'Bạch Long Vĩ', pt: [107.7262, 20.1339], code: '31', srcName: 'TP Hải Phòng' },
  { name: 'Bạch Long Vĩ (rough)', pt: [107.72, 20.13], code: '31', srcName: 'TP Hải Phòng' },
  { name: 'Cô Tô', pt: [107.7482, 21.0027], code: '22', srcName: 'Quảng Ninh' },
  { name: 'Cô Tô (rough)', pt: [107.77, 20.98], code: '22', srcName: 'Quảng Ninh' },
  { name: 'Cái Bầu (Vân Đồn)', pt: [107.4703, 21.1371], code: '22', srcName: 'Quảng Ninh' },
  { name: 'Tuần Châu', pt: [106.9844, 20.9327], code: '22', srcName: 'Quảng Ninh' },
  { name: 'Hạ Long islet 6.6 km²', pt: [107.1249, 20.7897], code: '22', srcName: 'Quảng Ninh' },
  { name: 'Hạ Long islet 4.7 km²', pt: [107.0922, 20.8509], code: '22', srcName: 'Quảng Ninh' },
  { name: 'Hạ Long islet 1 km²', pt: [107.0761, 20.8372], code: '22', srcName: 'Quảng Ninh' },
];

const sourceDir = resolveSourceDir();
let outA: string;
let outB: string;

const readTopo = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const features = (topo: any, name: string) =>
  (feature(topo, topo.objects[name]) as unknown as FeatureCollection<Geom, Props>).features;
const partsOf = (g: Geom) => (g.type === 'Polygon' ? 1 : g.coordinates.length);

let pre: Feature<Geom, Props>[];
let post: Feature<Geom, Props>[];

beforeAll(() => {
  outA = mkdtempSync(join(tmpdir(), 'kcn-geo-a-'));
  outB = mkdtempSync(join(tmpdir(), 'kcn-geo-b-'));
  buildGeo({ sourceDir, outDir: outA, log: () => {} });
  pre = features(readTopo(outA, 'provinces-pre2025.topo.json'), 'provinces');
  post = features(readTopo(outA, 'provinces-post2025.topo.json'), 'provinces');
});

afterAll(() => {
  for (const d of [outA, outB]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('province files', () => {
  it('have one object "provinces" with 63 / 34 features', () => {
    for (const [file, n] of [['provinces-pre2025.topo.json', 63], ['provinces-post2025.topo.json', 34]] as const) {
      const topo = readTopo(outA, file);
      expect(Object.keys(topo.objects)).toEqual(['provinces']);
      expect(topo.objects.provinces.geometries).toHaveLength(n);
    }
  });

  it('key every feature by a unique 2-digit code and a numeric id', () => {
    for (const [fs, edition] of [[pre, 'pre2025'], [post, 'post2025']] as const) {
      const codes = fs.map((f) => f.properties.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(new Set(fs.map((f) => f.id)).size).toBe(fs.length);
      for (const f of fs) {
        expect(f.properties.code).toMatch(/^\d{2}$/);
        expect(f.id).toBe(parseInt(f.properties.code, 10));
        expect(f.properties.edition).toBe(edition);
        expect(f.properties.name_vi).toBe(f.properties.name_vi.normalize('NFC'));
        expect(f.properties.name_en).toMatch(/^[\x20-\x7e]+$/);
        expect(typeof f.properties.in_region).toBe('boolean');
      }
    }
  });

  it('pre2025: the 11 delta provinces with codes, names and in_region', () => {
    const byCode = new Map(pre.map((f) => [f.properties.code, f.properties]));
    for (const [code, name] of Object.entries(DELTA_PRE)) {
      expect(byCode.get(code)?.name_vi, code).toBe(name);
      expect(byCode.get(code)?.successor, code).toBe(DELTA_SUCCESSOR[code]);
    }
    const inRegion = pre.filter((f) => f.properties.in_region).map((f) => f.properties.code).sort();
    expect(inRegion).toEqual(Object.keys(DELTA_PRE).sort());
    expect(byCode.get('24')?.name_vi).toBe('Bắc Giang'); // 24 before 2025 ...
    expect(byCode.get('46')?.name_vi).toBe('Thừa Thiên Huế');
  });

  it('post2025: the 7 successors with codes, names and in_region', () => {
    const byCode = new Map(post.map((f) => [f.properties.code, f.properties]));
    for (const [code, name] of Object.entries(DELTA_POST)) expect(byCode.get(code)?.name_vi, code).toBe(name);
    const inRegion = post.filter((f) => f.properties.in_region).map((f) => f.properties.code).sort();
    expect(inRegion).toEqual(Object.keys(DELTA_POST).sort());
    expect(byCode.get('24')?.name_vi).toBe('Bắc Ninh'); // ... and after
    expect(byCode.has('27')).toBe(false);
    for (const f of post) expect(f.properties).not.toHaveProperty('successor');
  });

  it('every province carries a label point inside its own drawn shape', () => {
    const outside: string[] = [];
    for (const f of [...pre, ...post]) {
      const label = (f.properties as { label?: Position }).label;
      if (!label || !pointInGeometry(label, f.geometry)) outside.push(`${f.properties.edition} ${f.properties.code}`);
    }
    expect(outside).toEqual([]);
  });

  it('every old province lies inside the new province named as its successor', () => {
    const postCodes = new Set(post.map((f) => f.properties.code));
    const wrong: string[] = [];
    for (const f of pre) {
      const s = f.properties.successor!;
      expect(postCodes.has(s), `${f.properties.code} -> ${s}`).toBe(true);
      const pt = interiorPoint(f.geometry);
      expect(pointInGeometry(pt, f.geometry)).toBe(true);
      const hits = post.filter((g) => pointInGeometry(pt, g.geometry)).map((g) => g.properties.code);
      if (hits.length !== 1 || hits[0] !== s) wrong.push(`${f.properties.code} ${f.properties.name_vi} @${pt} in [${hits}] not ${s}`);
    }
    expect(wrong).toEqual([]);
  });

  it('islands of Hải Phòng and Quảng Ninh survive simplification', () => {
    const srcTopo = JSON.parse(readFileSync(join(sourceDir, SRC.pre2025), 'utf8'));
    const src = features(srcTopo, Object.keys(srcTopo.objects)[0]) as unknown as Feature<Geom, { ten_tinh: string }>[];
    const srcByName = new Map(src.map((f) => [f.properties.ten_tinh, f]));
    for (const { name, pt, code, srcName } of ISLANDS) {
      expect(pointInGeometry(pt, srcByName.get(srcName)!.geometry), `${name} in source`).toBe(true);
      for (const fs of [pre, post]) {
        const hit = fs.filter((f) => pointInGeometry(pt, f.geometry)).map((f) => f.properties.code);
        expect(hit, `${name} ${fs[0].properties.edition}`).toEqual([code]);
      }
    }
    // no island part is dropped or collapsed: same part counts as the source,
    // and every ring still encloses an area
    for (const [code, srcName] of [['22', 'Quảng Ninh'], ['31', 'TP Hải Phòng']]) {
      for (const fs of [pre, post]) {
        const out = fs.find((f) => f.properties.code === code)!;
        if (code === '31' && fs === post) continue; // new Hải Phòng also holds Hải Dương
        expect(partsOf(out.geometry)).toBe(partsOf(srcByName.get(srcName)!.geometry));
        const g = out.geometry as MultiPolygon;
        for (const poly of g.coordinates) for (const ring of poly) expect(Math.abs(ringArea(ring))).toBeGreaterThan(0);
      }
    }
  });

  it('stay within 300 kB each', () => {
    for (const file of ['provinces-pre2025.topo.json', 'provinces-post2025.topo.json']) {
      expect(statSync(join(outA, file)).size).toBeLessThanOrEqual(300_000);
    }
  });
});

describe('context file', () => {
  it('has the Vietnam outline and the three neighbours, small', () => {
    const topo = readTopo(outA, 'context.topo.json');
    expect(Object.keys(topo.objects).sort()).toEqual(['neighbours', 'vietnam']);
    const vn = features(topo, 'vietnam');
    expect(vn).toHaveLength(1);
    expect(vn[0].properties.name_vi).toBe('Việt Nam');
    // includes islands: Bạch Long Vĩ and a Trường Sa reef area far offshore
    expect(partsOf(vn[0].geometry)).toBeGreaterThan(500);
    const nb = features(topo, 'neighbours') as unknown as Feature<Geom, Record<string, string>>[];
    expect(nb.map((f) => [f.id, f.properties.iso_n3, f.properties.name_en, f.properties.name_vi])).toEqual([
      [116, '116', 'Cambodia', 'Campuchia'],
      [156, '156', 'China', 'Trung Quốc'],
      [418, '418', 'Laos', 'Lào'],
    ]);
    expect(statSync(join(outA, 'context.topo.json')).size).toBeLessThanOrEqual(150_000);
  });
});

describe('manifest', () => {
  it('lists counts, true sizes, relative sources and licences, without timestamps or local paths', () => {
    const text = readFileSync(join(outA, 'manifest.json'), 'utf8');
    const m = JSON.parse(text);
    const expected: Record<string, number> = {
      'provinces-pre2025.topo.json': 63,
      'provinces-post2025.topo.json': 34,
      'context.topo.json': 4,
    };
    expect(Object.keys(m.files).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, n] of Object.entries(expected)) {
      const e = m.files[file];
      expect(e.features).toBe(n);
      expect(e.bytes).toBe(statSync(join(outA, file)).size);
      expect(e.attribution).toMatch(/Open Development Mekong/);
      expect(e.licence).toMatch(/CC BY-SA 4\.0/);
    }
    expect(m.files['provinces-pre2025.topo.json'].source).toBe(SRC.pre2025);
    expect(m.files['context.topo.json'].objects.neighbours.licence).toBe('Public domain');
    expect(m.files['context.topo.json'].objects.neighbours.attribution).toMatch(/Natural Earth/);
    expect(m.generator.versions['topojson-simplify']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(text).not.toContain(sourceDir);
    expect(text).not.toContain(outA);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});

describe('determinism', () => {
  it('a second build is byte-identical', () => {
    buildGeo({ sourceDir, outDir: outB, log: () => {} });
    const files = readdirSync(outA).sort();
    expect(readdirSync(outB).sort()).toEqual(files);
    expect(files).toHaveLength(4);
    for (const f of files) expect(readFileSync(join(outB, f)).equals(readFileSync(join(outA, f))), f).toBe(true);
  });
});

// The build: checks the sources, reads the tables, writes the two provinces files, the context file
// and the manifest, and logs each file's size. Output is deterministic.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildContext } from './context.ts';
import { contextEntry, manifest as manifestOf, provincesEntry, sha256, type FileReport } from './manifest.ts';
import { buildProvinces } from './provinces.ts';
import { checkSourceDir, PROJECT_ROOT, resolveSourceDir } from './sources.ts';
import { loadTables } from './tables.ts';
import { SETTINGS, type GeoSettings } from './topology.ts';

export const DEFAULT_OUT_REL = 'public/geo';

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

const kB = (n: number) => (n / 1000).toFixed(1);

export function resolveOutDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KCN_GEO_OUT ? resolve(PROJECT_ROOT, env.KCN_GEO_OUT) : resolve(PROJECT_ROOT, DEFAULT_OUT_REL);
}

export function buildGeo(opts: BuildGeoOptions = {}): BuildGeoResult {
  const sourceDir = opts.sourceDir ?? resolveSourceDir();
  const outDir = opts.outDir ?? resolveOutDir();
  const log = opts.log ?? ((l: string) => console.log(l));
  const settings: GeoSettings = { ...SETTINGS, ...opts.settings };
  checkSourceDir(sourceDir);
  const tables = loadTables(sourceDir);
  mkdirSync(outDir, { recursive: true });

  const srcHash = (rel: string) => sha256(readFileSync(join(sourceDir, rel)));
  const reports: FileReport[] = [];
  const manifestFiles: Record<string, unknown> = {};

  const write = <R extends { features: number }>(file: string, json: string, report: R) => {
    const buf = Buffer.from(json, 'utf8');
    writeFileSync(join(outDir, file), buf);
    const r = { file, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length, ...report };
    reports.push(r);
    const delta = 'regionVertices' in r ? `, delta-region vertices ${r.regionVertices}` : '';
    log(`build-geo: ${file}: ${r.features} features, ${kB(r.bytes)} kB raw, ${kB(r.gzipBytes)} kB gzip${delta}`);
    return r;
  };

  for (const edition of ['pre2025', 'post2025'] as const) {
    const file = `provinces-${edition}.topo.json`;
    const { json, report, source } = buildProvinces(sourceDir, edition, tables, settings);
    manifestFiles[file] = provincesEntry(edition, write(file, json, report), source, srcHash);
  }

  {
    const file = 'context.topo.json';
    const { json, counts } = buildContext(sourceDir, settings);
    manifestFiles[file] = contextEntry(write(file, json, { features: counts.vietnam + counts.neighbours }), counts, srcHash);
  }

  const manifest = manifestOf(settings, manifestFiles);
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { outDir, files: reports, manifest };
}

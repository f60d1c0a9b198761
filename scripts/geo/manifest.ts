// public/geo/manifest.json: for each file its features, size, sources (with their SHA-256), keys and
// licence, and the tools and settings that made it. No timestamps: the same inputs give the same bytes.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Edition } from '../../src/core/data/types.ts';
import type { ProvincesReport } from './provinces.ts';
import { LICENCE_NE, LICENCE_ODM, SRC } from './sources.ts';
import type { GeoSettings } from './topology.ts';

/** Bump when the output format or the simplification settings change. */
export const BUILD_GEO_VERSION = '1.1.0';

/** One written file, as the build logs it. */
export type FileReport = { file: string; bytes: number; gzipBytes: number } & ({ features: number } | ProvincesReport);

export const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

function toolVersions(): Record<string, string> {
  const req = createRequire(import.meta.url);
  const v: Record<string, string> = { 'build-geo': BUILD_GEO_VERSION };
  for (const p of ['topojson-client', 'topojson-server', 'topojson-simplify']) {
    v[p] = (req(`${p}/package.json`) as { version: string }).version;
  }
  return v;
}

/** `hashOf(rel)`: the SHA-256 of a source file. */
export function provincesEntry(edition: Edition, written: FileReport & ProvincesReport, source: string, hashOf: (rel: string) => string) {
  return {
    object: 'provinces',
    edition,
    features: written.features,
    bytes: written.bytes,
    region_vertices: written.regionVertices,
    source,
    source_sha256: hashOf(source),
    keys: [SRC.nameKeys, SRC.provinceCodes, ...(edition === 'pre2025' ? [SRC.merger] : [])],
    ...LICENCE_ODM,
  };
}

export function contextEntry(written: FileReport, counts: { vietnam: number; neighbours: number }, hashOf: (rel: string) => string) {
  return {
    features: written.features,
    bytes: written.bytes,
    objects: {
      vietnam: { features: counts.vietnam, source: SRC.outline, source_sha256: hashOf(SRC.outline), ...LICENCE_ODM },
      neighbours: { features: counts.neighbours, source: SRC.world, source_sha256: hashOf(SRC.world), ...LICENCE_NE },
    },
    licence: `${LICENCE_ODM.licence} (vietnam); ${LICENCE_NE.licence} (neighbours)`,
    attribution: `${LICENCE_ODM.attribution}. ${LICENCE_NE.attribution}`,
  };
}

export function manifest(settings: GeoSettings, files: Record<string, unknown>) {
  return {
    generator: { script: 'scripts/build-geo.ts', versions: toolVersions() },
    settings,
    attribution: [LICENCE_ODM.attribution, LICENCE_NE.attribution],
    files,
  };
}

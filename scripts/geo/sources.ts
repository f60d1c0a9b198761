// The boundary sources: where they are, which files the build reads, their licences. Never committed
// (DATA.md rule 3): the folder is ../shared/geo or $KCN_GEO_SOURCE.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every failure of the build that a user can fix: the CLI prints its message alone, as one line. */
export class GeoBuildError extends Error {}

/** The folder holding package.json: relative settings are resolved against it, not the working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_SOURCE_REL = '../shared/geo';

/** The files read, relative to the source folder. */
export const SRC = {
  pre2025: 'raw/TaliaCao__Vietnam-Shape-Map/Formatting/diaphantinh_63_fixednames.json',
  post2025: 'raw/TaliaCao__Vietnam-Shape-Map/Maps/GeoJSON/diaphantinhvn_merged_from_geojson.json',
  outline: 'derived/vn_country_outline_lowres.geojson',
  world: 'raw/cublya__world-atlas/countries-50m.json',
  nameKeys: 'source-name-keys.csv',
  provinceCodes: 'province-codes.csv',
  merger: 'merger-2025.csv',
} as const;

export const LICENCE_ODM = {
  licence: 'CC BY-SA 4.0',
  licence_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  attribution:
    "Provincial boundaries: Open Development Mekong / Open Development Vietnam, 'Địa phận tỉnh' (Dept. of Survey and Mapping), CC BY-SA 4.0",
};
export const LICENCE_NE = {
  licence: 'Public domain',
  licence_url: 'https://www.naturalearthdata.com/about/terms-of-use/',
  attribution: 'Neighbouring countries: Natural Earth (public domain)',
};

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

/** A JSON source file, typed as what the build expects of it (each builder checks what it relies on). */
export function readSourceJson<T>(sourceDir: string, rel: string): T {
  return JSON.parse(readFileSync(join(sourceDir, rel), 'utf8')) as T;
}

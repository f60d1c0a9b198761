// Reading data/ for the data scripts (check, report, build).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, type DataFileKey, type DataTexts } from '../../src/core/data/schema';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function readDataTexts(dataDir = join(projectRoot, 'data')): DataTexts {
  const texts = {} as DataTexts;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const file = join(dataDir, DATA_FILES[key].path);
    texts[key] = existsSync(file) ? readFileSync(file, 'utf8') : '';
  }
  return texts;
}

// The real shared inputs and curation files, read the same way as scripts/refresh-data.ts.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CURATION_INPUTS, SHARED_INPUTS, type CurationTexts, type SharedTexts } from '../../../src/core/data/refresh/index';
import { DATA_FILES, type DataFileKey, type DataTexts } from '../../../src/core/data/schema';

export const projectRoot = resolve(__dirname, '../../..');
const sharedData = resolve(projectRoot, process.env.KCN_SHARED_DATA ?? '../shared/data');

export function readShared(): SharedTexts {
  const texts = {} as SharedTexts;
  for (const path of SHARED_INPUTS) {
    const file = path.startsWith('data/') ? join(sharedData, path.slice(5)) : join(dirname(sharedData), path);
    texts[path] = readFileSync(file, 'utf8');
  }
  return texts;
}

export function readCuration(): CurationTexts {
  const texts = {} as CurationTexts;
  for (const name of CURATION_INPUTS) texts[name] = readFileSync(join(projectRoot, 'data/curation', name), 'utf8');
  return texts;
}

/** The project's own dataset files (data/), as the bundle is built from them. */
export function readDataTexts(): DataTexts {
  const texts = {} as DataTexts;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) texts[key] = readFileSync(join(projectRoot, 'data', DATA_FILES[key].path), 'utf8');
  return texts;
}

// Regenerate data/*.csv from the shared gathered data (../shared, or $KCN_SHARED_DATA) and data/curation/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATION_INPUTS, SHARED_INPUTS, refresh, type CurationTexts, type SharedTexts } from '../src/core/data/refresh/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// KCN_SHARED_DATA points at the shared data folder (…/shared/data); the geo tables sit beside it in …/shared/geo.
const sharedData = resolve(root, process.env.KCN_SHARED_DATA ?? '../shared/data');
const sharedRoot = dirname(sharedData);

const shared = {} as SharedTexts;
const missing: string[] = [];
for (const path of SHARED_INPUTS) {
  const file = path.startsWith('data/') ? join(sharedData, path.slice('data/'.length)) : join(sharedRoot, path);
  if (!existsSync(file)) missing.push(file);
  else shared[path] = readFileSync(file, 'utf8');
}
if (missing.length > 0) {
  console.error(`refresh-data: missing shared input(s) (set KCN_SHARED_DATA to the shared data folder):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
const curation = {} as CurationTexts;
for (const name of CURATION_INPUTS) curation[name] = readFileSync(join(root, 'data/curation', name), 'utf8');

const { files, counts } = refresh(shared, curation);
mkdirSync(join(root, 'data'), { recursive: true });
for (const [name, text] of Object.entries(files)) {
  const target = join(root, 'data', name);
  const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (before !== text) writeFileSync(target, text);
  console.log(`${before === text ? 'unchanged' : 'wrote    '} data/${name} (${counts[name]} rows)`);
}

// data/*.csv → public/data/atlas.json (validated first; fails with the `file:line: message` list on errors).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_GZIP_BUDGET_BYTES, encodeBundle } from '../src/core/data/bundle';
import { datasetFromTexts } from '../src/core/data/load';
import { formatProblem, validateData } from '../src/core/data/validate';
import { projectRoot, readDataTexts } from './lib/data-files';

const texts = readDataTexts();
const problems = validateData(texts);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  for (const p of errors) console.error(formatProblem(p));
  console.error(`build-data: ${errors.length} error(s) in data/; bundle not written (run npm run data:check)`);
  process.exit(1);
}
const dataset = datasetFromTexts(texts);
const json = JSON.stringify(encodeBundle(dataset));
const outDir = join(projectRoot, 'public/data');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'atlas.json'), json);
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `build-data: public/data/atlas.json ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(BUNDLE_GZIP_BUDGET_BYTES)}); ` +
    `${dataset.observations.length} observations, ${dataset.zones.length} zones, ${dataset.sources.length} sources`,
);
if (gzip > BUNDLE_GZIP_BUDGET_BYTES) {
  console.error('build-data: bundle is over its gzip budget');
  process.exit(1);
}

// Measures the JavaScript a visitor downloads before the map: the entry chunk and everything it
// imports statically, from Vite's build manifest. Dynamic imports (MapLibre) are not counted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './harness.mjs';

export async function checkEntryBudget(dist = path.join(ROOT, 'dist')) {
  const manifest = JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the build manifest');
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entry[0]);
  let entryGzip = 0;
  for (const file of files) entryGzip += gzipSync(await readFile(path.join(dist, file)), { level: 9 }).length;
  const lazyMapLibre = Object.values(manifest).some((chunk) => chunk.isDynamicEntry && /maplibre/i.test(chunk.src ?? chunk.file));
  return { entryGzip, files, lazyMapLibre };
}

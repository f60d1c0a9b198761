// Build step: writes dist/sw.js, a service worker that precaches the app, its data bundle and its
// boundaries, so that after one visit the app works with no network (a projector on stage). Its version
// is a hash of everything it caches: a new build is a new worker, offered to the user, never forced.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)));
    else files.push(relative);
  }
  return files;
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kcn-atlas-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const files = (await listFiles(outDir))
        .filter((f) => f !== 'sw.js' && !f.startsWith('.vite/') && !f.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(await readFile(path.join(outDir, file)));
      const version = hash.digest('hex').slice(0, 16);
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const urls = ['', ...files.filter((f) => f !== 'index.html')].map((f) => `${base}${f}`);
      // The install checks that the cached index.html loads this build's entry script (a stale page is refused).
      const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
      const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('offline: no entry chunk in the build manifest');
      const template = await readFile(path.join(config.root, 'src/offline/sw.template.js'), 'utf8');
      const worker = template
        .replace('__VERSION__', version)
        .replace('__PRECACHE__', JSON.stringify(urls))
        .replace('__ENTRY__', JSON.stringify(`${base}${entry.file}`));
      await writeFile(path.join(outDir, 'sw.js'), worker);
      config.logger.info(`offline: sw.js precaches ${urls.length} files (version ${version})`);
    },
  };
}

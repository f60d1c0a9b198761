// Test hooks (`window.__map`, src/map/testHooks.ts) are for the e2e tests and the bench only: the build
// made for tests has them, the production build (`npm run build`) does not. Reads the bundle itself.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const HOOKS = ['__map'];
// The name as an identifier of its own: Vite's `__vite__mapDeps` helper must not count.
const hookPattern = (name) => new RegExp(`(?<![\\w$])${name}(?![\\w$])`);

/** The hooks each JavaScript file of a build mentions, as `file: hook`. */
async function hooksIn(dist) {
  const assets = path.join(dist, 'assets');
  const found = [];
  for (const file of (await readdir(assets)).filter((f) => f.endsWith('.js'))) {
    const code = await readFile(path.join(assets, file), 'utf8');
    for (const hook of HOOKS) if (hookPattern(hook).test(code)) found.push(`${file}: ${hook}`);
  }
  return found;
}

describe('test hooks', () => {
  test('the test build (dist/, built by npm run build:test) exposes window.__map', async () => {
    const found = await hooksIn(path.join(ROOT, 'dist'));
    assert.ok(
      found.some((f) => f.endsWith(': __map')),
      'no __map in dist/: the e2e tests need the test build (npm run build:test), not npm run build',
    );
  });

  test('the production build has none of them', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'kcn-prod-build-'));
    try {
      const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      assert.equal(build.status, 0, `vite build failed:\n${build.stdout}\n${build.stderr}`);
      const atlasChunk = (await readdir(path.join(outDir, 'assets'))).some((f) => /^atlasMap-.*\.js$/.test(f));
      assert.ok(atlasChunk, 'the production build has no map chunk to look in');
      assert.deepEqual(await hooksIn(outDir), []);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

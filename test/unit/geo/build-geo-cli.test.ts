/** Runs scripts/build-geo.ts as a process, the way `npm run prepare:geo` does. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const script = join(root, 'scripts/build-geo.ts');
const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const tmp = mkdtempSync(join(tmpdir(), 'kcn-geo-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(source: string, out: string) {
  return spawnSync(tsx, [script], {
    cwd: tmp, // the script must not depend on the working directory
    env: { ...process.env, KCN_GEO_SOURCE: source, KCN_GEO_OUT: out },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('build-geo CLI', () => {
  it('fails with one clear line when the source folder is missing', () => {
    const missing = join(tmp, 'no-such-geo-folder');
    const out = join(tmp, 'out1');
    const r = run(missing, out);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toMatch(/not found/);
    expect(lines[0]).toContain('KCN_GEO_SOURCE');
    expect(existsSync(out)).toBe(false);
  });

  it('names the missing files when the folder exists but is empty', () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    const r = run(empty, join(tmp, 'out2'));
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(empty);
    expect(lines[0]).toContain('diaphantinh_63_fixednames.json');
    expect(lines[0]).toContain('province-codes.csv');
    expect(readdirSync(empty)).toEqual([]);
  });
});

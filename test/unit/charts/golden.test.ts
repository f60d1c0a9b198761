// The snapshot harness itself: a changed rendering never overwrites its golden unless asked to.
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { changedPath, expectGolden, normalizeMarkup } from './support/golden';

const svg = (x: number, text: string) => `<svg class="svelte-abc123"><!--[--><rect x="${x}" class="bar svelte-abc123"/><text>${text}</text><!--]--></svg>`;

describe('golden harness', () => {
  test('geometry is rounded to 0.1, text is not; Svelte comments and class hashes go', () => {
    expect(normalizeMarkup(svg(12.3456, '21.145'))).toBe('<svg>\n<rect x="12.3" class="bar"/>\n<text>21.145</text>\n</svg>');
  });

  test('a differing rendering fails, is written beside the golden, and leaves the golden as it was', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    expectGolden('a.svg', svg(1, 'one'), 'new', dir);
    const golden = readFileSync(path.join(dir, 'a.svg'), 'utf8');
    expect(() => expectGolden('a.svg', svg(2, 'one'), 'new', dir)).toThrow(/a-changed\.svg/);
    expect(readFileSync(path.join(dir, 'a.svg'), 'utf8')).toBe(golden);
    expect(readFileSync(changedPath(path.join(dir, 'a.svg')), 'utf8')).toContain('x="2"');
    // Back to the golden's rendering: the review file goes.
    expectGolden('a.svg', svg(1, 'one'), 'new', dir);
    expect(existsSync(path.join(dir, 'a-changed.svg'))).toBe(false);
  });

  test('-u rewrites the golden; a missing golden fails where snapshots are not written (CI)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'golden-'));
    writeFileSync(path.join(dir, 'b.html'), 'old');
    expectGolden('b.html', svg(3, 'three'), 'all', dir);
    expect(readFileSync(path.join(dir, 'b.html'), 'utf8')).toContain('x="3"');
    expect(() => expectGolden('c.svg', svg(1, 'x'), 'none', dir)).toThrow(/missing/);
  });
});

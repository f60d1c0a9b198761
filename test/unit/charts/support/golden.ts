// Golden snapshots of the chart panels (after observablehq/plot): one normaliser, one comparison.
//
// A rendering that differs from its golden fails the test and is written beside it as
// `<name>-changed.<ext>` for review; the golden itself is only rewritten with `vitest -u`
// (src/charts/README.md). A missing golden is written on a local run and fails in CI.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const GOLDEN_DIR = fileURLToPath(new URL('../__golden__/', import.meta.url));

/**
 * Markup without Svelte's hydration comments and scoped-CSS class hashes (they change with any style
 * edit, which neither a golden nor an assertion about the markup should notice).
 */
export function withoutSvelte(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+(?=[ "])/g, '');
}

/** The first `<svg>…</svg>` of a server-rendered body (the whole body when there is none), as above. */
export function svgOf(body: string): string {
  const start = body.indexOf('<svg');
  const end = body.lastIndexOf('</svg>');
  return withoutSvelte(start >= 0 && end >= 0 ? body.slice(start, end + 6) : body);
}

// Only numbers in geometry attributes are rounded; text is left alone ("21.145" is a formatted
// Vietnamese number, not a coordinate, and must show in the golden as the reader sees it).
const GEOMETRY = /\b(d|x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|transform|width|height|points|viewBox|data-value)="([^"]*)"/g;

function roundGeometry(text: string): string {
  return text.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Markup as a golden holds it: as above, geometry rounded to 0.1 px, one tag a line (diffs point at an element). */
export function normalizeMarkup(markup: string): string {
  return withoutSvelte(markup)
    .replace(GEOMETRY, (_, name: string, value: string) => `${name}="${roundGeometry(value)}"`)
    .replace(/></g, '>\n<');
}

/** `rankbars.svg` → `rankbars-changed.svg`: where a differing rendering is written for review. */
export function changedPath(file: string): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-changed${ext}`;
}

type UpdateMode = 'all' | 'new' | 'none';

function updateMode(): UpdateMode {
  const state = expect.getState().snapshotState as { snapshotUpdateState?: UpdateMode } | undefined;
  return state?.snapshotUpdateState ?? 'none';
}

/** Compares normalised markup with `__golden__/<name>`; see the file's header for what happens on a change. */
export function expectGolden(name: string, markup: string, mode: UpdateMode = updateMode(), dir = GOLDEN_DIR): void {
  const actual = normalizeMarkup(markup);
  const file = path.join(dir, name);
  const changed = changedPath(file);
  const exists = existsSync(file);
  if (mode === 'all' || (!exists && mode === 'new')) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!exists) throw new Error(`golden ${name} is missing: run the test with -u to write it`);
  const golden = readFileSync(file, 'utf8');
  if (golden === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name} differs from its golden; the new rendering is in ${path.basename(changed)} (accept it with -u)`).toBe(golden);
}

// The Vietnamese messages of lazily loaded panels are not in the first chunk (src/i18n/vi/lazy.ts). A key
// of theirs shown before they are loaded would show nothing (or throw, in tests): this checks, from the
// source, that every module using one of those keys imports src/i18n/lazyMessages.ts, and that the first
// screen's modules (main.ts and what it imports statically) use none of them and do not load them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { viLazy } from '../../../src/i18n/vi/lazy';
import { vi } from '../../../src/i18n/vi';
import { firstScreen, resolve, SRC, staticImports } from '../support/imports';

const REGISTRY = path.join(SRC, 'i18n/lazyMessages.ts');
const LAZY_KEYS = Object.keys(viLazy);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return /i18n\/(vi|en)$/.test(file) ? [] : sourceFiles(file);
    return /\.(ts|svelte)$/.test(file) ? [file] : [];
  });
}

/** Keys of the lazy parts written as string literals in a source text. */
export function lazyKeysIn(text: string, keys = LAZY_KEYS): string[] {
  return keys.filter((key) => new RegExp(`['"\`]${key}['"\`]`).test(text));
}

const importsRegistry = (file: string) => staticImports(readFileSync(file, 'utf8')).some((spec) => resolve(file, spec) === REGISTRY);

describe('messages of lazily loaded panels', () => {
  test('the lazy parts share no key with the first chunk', () => {
    expect(LAZY_KEYS.filter((key) => key in vi)).toEqual([]);
  });

  test('a key of theirs throws (outside the published build) until they are loaded, then reads', async () => {
    const { t } = await import('../../../src/i18n/messages');
    expect(() => t('vi', 'zoneKind')).toThrow(/zoneKind/);
    expect(t('vi', 'appTitle')).toBe(vi.appTitle);
    await import('../../../src/i18n/lazyMessages');
    expect(t('vi', 'zoneKind')).toBe(viLazy.zoneKind);
  });

  test('the checks find keys and imports', () => {
    expect(lazyKeysIn(`t(lang, 'zoneKind') + t(lang, "rank")`)).toEqual(['zoneKind']);
    expect(staticImports(`import { a,\n b } from './x';\nimport type { C } from './c';\nimport './y';\nconst m = import('./z');`)).toEqual(['./x', './y']);
  });

  test('every module that uses a key of theirs imports lazyMessages.ts', () => {
    const missing = sourceFiles(SRC)
      .filter((file) => file !== REGISTRY && lazyKeysIn(readFileSync(file, 'utf8')).length > 0 && !importsRegistry(file))
      .map((file) => `${path.relative(SRC, file)}: ${lazyKeysIn(readFileSync(file, 'utf8')).slice(0, 3).join(', ')}`);
    expect(missing).toEqual([]);
  });

  test('the first screen neither uses nor loads them', () => {
    const first = [...firstScreen()];
    expect(first.length).toBeGreaterThan(20);
    expect(first.filter((file) => file === REGISTRY || file.endsWith('/vi/lazy.ts')).map((file) => path.relative(SRC, file))).toEqual([]);
    expect(first.filter((file) => lazyKeysIn(readFileSync(file, 'utf8')).length > 0).map((file) => path.relative(SRC, file))).toEqual([]);
  });
});

// What the first screen loads, read from the source: main.ts and every module it imports statically
// (`import type` and `import()` are left out). Used by the tests that keep lazily loaded tables off it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const SRC = path.resolve(__dirname, '../../../src');

/** The modules a source text imports for their values (`import type` and `import()` are left out). */
export function staticImports(text: string): string[] {
  return [...text.matchAll(/^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

export function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}/index.ts`].find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** main.ts and every module it imports statically: what loads before the first screen. */
export function firstScreen(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const next = resolve(file, spec);
      if (next) visit(next);
    }
  };
  visit(path.join(SRC, 'main.ts'));
  return seen;
}

// Svelte 5 removes the whitespace at the start and end of an element's content, so `{value}<span> (unit)</span>`
// renders "value(unit)". The compare panels' headings read "New FDI projects (province)(projects)" until this
// check. A space that must show inside an element at its edge is written as an expression: `{' '}`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, test } from 'vitest';

type Node = { type?: string; name?: string; start?: number; data?: string; fragment?: { nodes: Node[] } } & Record<string, unknown>;

/** Elements whose first (or last) text begins (or ends) with spaces on the same line as other text: lost on render. */
function trimmedEdges(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    const edges = (kids: Node[], open: string, close: string) => {
      const first = kids[0];
      const last = kids.at(-1);
      if (first?.type === 'Text' && /^[ \t]+\S/.test(first.data ?? '')) found.push({ line: lineOf(first.start ?? 0), text: `${open}${first.data!.slice(0, 16)}` });
      if (last?.type === 'Text' && /\S[ \t]+$/.test(last.data ?? '')) found.push({ line: lineOf(last.start ?? 0), text: `${last.data!.slice(-16)}${close}` });
    };
    if ((n.type === 'RegularElement' || n.type === 'SvelteElement') && n.name !== 'pre' && n.name !== 'textarea' && n.fragment) edges(n.fragment.nodes, `<${n.name}>`, `</${n.name}>`);
    // A block's content is trimmed at its edges too: `{#if a}x · {/if}` renders "x ·".
    for (const key of ['consequent', 'alternate', 'body', 'fallback', 'then', 'catch', 'pending']) {
      const fragment = n[key] as { type?: string; nodes?: Node[] } | null | undefined;
      if (n.type?.endsWith('Block') && fragment?.type === 'Fragment' && fragment.nodes) edges(fragment.nodes, `{#${n.type}}`, `{/${n.type}}`);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'parent' && value && typeof value === 'object') visit(value);
  };
  visit(parse(source, { modern: true }).fragment);
  return found;
}

describe('spaces at the edge of an element', () => {
  test('the check finds a space Svelte would drop, and accepts one written as an expression', () => {
    expect(trimmedEdges('<h3>{label}<span class="unit"> ({unit})</span></h3>')).toEqual([{ line: 1, text: '<span> (' }]);
    expect(trimmedEdges('<p>a <b>bold </b></p>')).toEqual([{ line: 1, text: 'bold </b>' }]);
    expect(trimmedEdges(`<h3>{label}<span class="unit">{' '}({unit})</span></h3>`)).toEqual([]);
    expect(trimmedEdges('<p>\n  text\n</p>')).toEqual([]);
    expect(trimmedEdges('<p>{#if a}{b} · {/if}{c}</p>')).toEqual([{ line: 1, text: ' · {/IfBlock}' }]);
    expect(trimmedEdges(`<p>{#if a}{b}{' · '}{/if}{c}</p>`)).toEqual([]);
  });

  test('no component of the app has one', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.svelte')).map((file) => path.join('src', file));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => trimmedEdges(readFileSync(file, 'utf8')).map((f) => `${file}:${f.line} ${f.text}`));
    expect(found).toEqual([]);
  });
});

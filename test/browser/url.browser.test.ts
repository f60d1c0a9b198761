import { describe, expect, test, vi } from 'vitest';
import { writeUrl, REPLACE_INTERVAL_MS } from '../../src/app/url.svelte';
import { decodeViewState } from '../../src/core/url/state';

describe('writing the URL', () => {
  test('replaceState is called at most once per 300 ms, and the last state wins', async () => {
    const spy = vi.spyOn(window.history, 'replaceState');
    const base = decodeViewState('').state;
    for (let i = 0; i < 20; i++) writeUrl({ ...base, zoneFilters: { ...base.zoneFilters, q: `search ${i}` } }, 'replace');
    expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, REPLACE_INTERVAL_MS + 100));
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
    expect(new URL(window.location.href).searchParams.get('q')).toBe('search 19');
    spy.mockRestore();
  });

  test('a selection pushes a history entry at once', () => {
    const before = window.history.length;
    writeUrl({ ...decodeViewState('').state, province: '27' }, 'push');
    expect(window.history.length).toBe(before + 1);
    expect(new URL(window.location.href).searchParams.get('province')).toBe('27');
  });

  test('a page at a path that starts with // keeps its path (it is not read as another origin)', () => {
    const start = window.location.href;
    window.history.replaceState(null, '', `${window.location.origin}//atlas/`);
    expect(() => writeUrl({ ...decodeViewState('').state, province: '30' }, 'push')).not.toThrow();
    expect(window.location.pathname).toBe('//atlas/');
    expect(new URL(window.location.href).searchParams.get('province')).toBe('30');
    window.history.replaceState(null, '', start);
  });
});

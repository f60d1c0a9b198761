// Storage can fail (quota, private mode): the user is told, and the figures stay usable in the page.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { UserLayer } from '../../src/app/userLayer.svelte';
import type { AnalysisClient } from '../../src/worker/client';
import type { UserRow } from '../../src/core/import/types';

const row: UserRow = { line: 2, edition: 'pre2025', code: '27', year: 2024, period: 'FY', scope: 'province', metric: 'province_fdi_total_capital_musd', value: 1, unit: 'musd', note: '' };

function fakeClient() {
  const calls: unknown[][] = [];
  const client = {
    importRows: async (offset: number) => (offset === 0 ? [row] : []),
    setUserLayer: async (...args: unknown[]) => {
      calls.push(args);
      return 1;
    },
  } as unknown as AnalysisClient;
  return { client, calls };
}

afterEach(() => vi.restoreAllMocks());

describe('the user layer when storage fails', () => {
  test('a refused IndexedDB is reported and the layer still applies', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { client, calls } = fakeClient();
    const notices: string[] = [];
    let changes = 0;
    const layer = new UserLayer(() => client, (key) => notices.push(key), () => (changes += 1));
    layer.summary = { stats: { accepted: 1 } } as never;
    await layer.apply();
    expect(notices).toEqual(['notSaved']);
    expect(layer.layer?.count).toBe(1);
    expect(calls[0][0]).toEqual([row]);
    expect(changes).toBe(1);
  });

  test('with storage working, the layer is saved and restored by a new page', async () => {
    const { client } = fakeClient();
    const notices: string[] = [];
    const first = new UserLayer(() => client, (key) => notices.push(key), () => {});
    first.summary = { stats: { accepted: 1 } } as never;
    await first.apply();
    expect(notices).toEqual(['saved']);
    const second = new UserLayer(() => client, (key) => notices.push(key), () => {});
    await second.restore();
    expect(second.rows).toEqual([row]);
    await second.remove();
    const third = new UserLayer(() => client, () => {}, () => {});
    await third.restore();
    expect(third.layer).toBeNull();
  });
});

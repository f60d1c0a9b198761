// The analysis worker in real Chromium: the bundle is transferred once, queries come back, and the
// client is a plain object (probing it never reaches the worker).
import { describe, expect, test } from 'vitest';
import { startAnalysis } from '../../src/worker/client';

describe('analysis worker', () => {
  test('loads the real bundle by transfer and answers a ranking', async () => {
    const bytes = await (await fetch('/data/atlas.json')).arrayBuffer();
    const client = await startAnalysis(bytes);
    expect(bytes.byteLength).toBe(0); // transferred, not copied
    const result = await client.ranking({ metric: 'province_fdi_total_capital_musd', year: 2022, period: 'FY', edition: 'pre2025' });
    expect(result.total).toBe(11);
    expect(result.reporting).toBe(11);
    expect(result.rows[0].rank).toBe(1);
  });

  test('unknown properties of the client are undefined, not calls to the worker', async () => {
    const client = (await startAnalysis(await (await fetch('/data/atlas.json')).arrayBuffer())) as unknown as Record<string | symbol, unknown>;
    expect(client.notAMethod).toBeUndefined();
    expect(client[Symbol.for('svelte-probe')]).toBeUndefined();
    expect(typeof client.ranking).toBe('function');
  });
});

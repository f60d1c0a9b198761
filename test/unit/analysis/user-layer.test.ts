import { describe, expect, test } from 'vitest';
import { createAnalysis } from '../../../src/core/analysis/api';
import { decodeBundle, encodeBundle } from '../../../src/core/data/bundle';
import type { UserRow } from '../../../src/core/import/types';
import { dataset, metric, obs } from './fixture';

function engine() {
  const data = dataset(
    [
      obs({ code: '30', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 50, sourceId: 's-a1' }),
      obs({ code: '31', metric: 'fdi_new_projects', year: 2024, period: 'FY', value: 45, sourceId: 's-a1' }),
    ],
    [metric('fdi_new_projects', { kind: 'flow' })],
  );
  const api = createAnalysis(decodeBundle);
  api.load(new TextEncoder().encode(JSON.stringify(encodeBundle(data))).buffer as ArrayBuffer);
  return api;
}

const row = (code: string, value: number): UserRow => ({
  line: 2, edition: 'pre2025', code, year: 2024, period: 'FY', scope: 'zones', metric: 'fdi_new_projects', value, unit: 'count', note: '',
});
const layer = { id: 'mine', title: 'My figures', date: '2026-11-30' };

describe('the user layer', () => {
  test('a user figure is shown, marked user-provided, and contested where it differs from the curated one', () => {
    const api = engine();
    api.setUserLayer([row('30', 70), row('27', 12)], layer);
    const result = api.ranking({ metric: 'fdi_new_projects', year: 2024, period: 'FY', edition: 'pre2025' });
    const hd = result.rows.find((r) => r.unit.code === '30')!;
    expect(hd).toMatchObject({ value: 70, userProvided: true, contested: true });
    expect(hd.selection?.alternatives.map((a) => [a.observation.value, a.relation])).toEqual([[50, 'contested']]);
    expect(hd.selection?.source?.title).toBe('My figures');
    // Their own tier, never a curated one ("trust tier A" was shown before).
    expect(hd.selection?.source?.tier).toBe('user');
    // Where the user fills a gap, nothing is contested.
    expect(result.rows.find((r) => r.unit.code === '27')).toMatchObject({ value: 12, userProvided: true, contested: false });
    expect(result.rows.find((r) => r.unit.code === '31')).toMatchObject({ value: 45, userProvided: false });
  });

  test('switching the layer off brings back the curated values, unchanged', () => {
    const api = engine();
    api.setUserLayer([row('30', 70)], layer);
    api.setUserLayer(null);
    const hd = api.ranking({ metric: 'fdi_new_projects', year: 2024, period: 'FY', edition: 'pre2025' }).rows.find((r) => r.unit.code === '30')!;
    expect(hd).toMatchObject({ value: 50, userProvided: false, contested: false });
  });

  test('an equal figure (within 0.5%) is user-provided but not contested', () => {
    const api = engine();
    api.setUserLayer([row('30', 50.1)], layer);
    const hd = api.ranking({ metric: 'fdi_new_projects', year: 2024, period: 'FY', edition: 'pre2025' }).rows.find((r) => r.unit.code === '30')!;
    expect(hd).toMatchObject({ value: 50.1, userProvided: true, contested: false });
  });
});

// A layer read back from the browser's storage is untrusted input: checked row by row with the import's own
// validator before anything of it is shown.
import { describe, expect, it } from 'vitest';
import { checkStoredLayer, LEGACY_REVISION, revisionOf } from '../../../src/core/import/stored';
import type { UserRow } from '../../../src/core/import/types';
import { context } from './fixture';

const good: UserRow = {
  line: 2, edition: 'pre2025', code: '27', year: 2023, period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: 120, unit: 'projects', note: 'Quế Võ',
};
const layer = (patch: Record<string, unknown> = {}) => ({
  id: 'file-1', title: 'mine.csv', fileName: 'mine.csv', importedAt: '2026-01-02', enabled: true, revision: 'r1', rows: [good], ...patch,
});

describe('checkStoredLayer', () => {
  it('gives back a valid record as it was', () => {
    expect(checkStoredLayer(layer(), context)).toEqual({ ok: true, layer: layer(), dropped: 0 });
  });

  it.each([
    ['not an object', 'oops'],
    ['null', null],
    ['rows that are not a list', layer({ rows: 'oops' })],
    ['no date (the panel would show a literal {date})', layer({ importedAt: undefined })],
    ['a date that is not one', layer({ importedAt: '2026-13-45' })],
    ['an id that is not text', layer({ id: 42 })],
    ['a switch that is not a boolean', layer({ enabled: 'yes' })],
    ['an endless title', layer({ title: 'x'.repeat(5000) })],
  ])('%s: not a layer, nothing restored', (_label, record) => {
    expect(checkStoredLayer(record, context)).toEqual({ ok: false, problem: 'shape' });
  });

  it('drops rows the import would refuse, and counts them', () => {
    const rows = [
      good,
      { ...good, code: '30', value: -5 }, // a negative count
      { ...good, code: '31', value: 1e308 }, // not a figure
      { ...good, code: '01', value: '12' }, // a number as text
      { ...good, code: '99' }, // no such province
      { ...good, code: '01', metric: 'no_such_metric' },
      { ...good, code: '01', unit: 'musd' }, // not the metric's unit
      { ...good, code: '01', year: 1800 },
      { ...good, code: '01', note: { html: '<b>' } },
      { ...good }, // a duplicate of the first
      'oops',
      { ...good, code: '01', line: -4 }, // valid, its line number repaired
    ];
    const check = checkStoredLayer(layer({ rows }), context);
    expect(check).toMatchObject({ ok: true, dropped: 10 });
    if (check.ok) expect(check.layer.rows).toEqual([good, { ...good, code: '01', line: 13 }]);
  });

  it('a layer with no valid row is not restored', () => {
    expect(checkStoredLayer(layer({ rows: [{ ...good, value: Number.NaN }] }), context)).toEqual({ ok: false, problem: 'rows' });
    expect(checkStoredLayer(layer({ rows: [] }), context)).toEqual({ ok: false, problem: 'rows' });
  });

  it('records written before revisions existed share one revision; nothing stored has none', () => {
    const { revision: _, ...legacy } = layer();
    expect(revisionOf(legacy)).toBe(LEGACY_REVISION);
    expect(checkStoredLayer(legacy, context)).toMatchObject({ ok: true, layer: { revision: LEGACY_REVISION } });
    expect(revisionOf(undefined)).toBeNull();
    expect(revisionOf(layer())).toBe('r1');
  });
});

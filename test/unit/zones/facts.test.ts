import { describe, expect, test } from 'vitest';
import type { ZoneFact } from '../../../src/core/data/types';
import { zoneFacts } from '../../../src/core/zones/facts';
import { formatQualified } from '../../../src/i18n/qualified';

const fact = (patch: Partial<ZoneFact> & Pick<ZoneFact, 'zoneId' | 'field' | 'value' | 'role'>): ZoneFact => ({
  asOf: '', basis: '', sourceIds: ['s'], flags: [], note: '', ...patch,
});

describe('a zone’s facts by field', () => {
  test('keeps the chosen fact, its mark, and whether another source contests it', () => {
    const byField = zoneFacts(
      [
        fact({ zoneId: 'a', field: 'occupancy_pct', value: '62', role: 'chosen', flags: ['lower-bound'], basis: 'planned' }),
        fact({ zoneId: 'a', field: 'occupancy_pct', value: '56', role: 'contested' }),
        fact({ zoneId: 'b', field: 'occupancy_pct', value: '10', role: 'chosen' }),
        fact({ zoneId: 'a', field: 'planned_area_ha', value: '187', role: 'other', flags: ['phase-only'] }),
        fact({ zoneId: 'a', field: 'planned_area_ha', value: '214', role: 'other', flags: ['phase-only'] }),
      ],
      'a',
    );
    expect(byField.get('occupancy_pct')).toMatchObject({ chosen: { value: '62' }, contested: true, qualifier: 'lower-bound', phasesOnly: false });
    expect(byField.get('occupancy_pct')?.facts).toHaveLength(2);
    expect(byField.get('planned_area_ha')).toMatchObject({ chosen: null, phasesOnly: true });
    expect(byField.has('status')).toBe(false);
  });
});

describe('numbers with their qualifier', () => {
  test('a lower bound reads "> 17.430", an approximation "≈ 300.000", in both languages', () => {
    expect(formatQualified('vi', 17430, 'lower-bound', 1)).toBe('> 17.430');
    expect(formatQualified('en', 300000, 'approx', 1)).toBe('≈ 300,000');
    expect(formatQualified('vi', 38535.9, '', 1)).toBe('38.535,9');
    // Missing stays missing: no sign before a dash.
    expect(formatQualified('vi', null, 'lower-bound', 1)).toBe('–');
  });
});

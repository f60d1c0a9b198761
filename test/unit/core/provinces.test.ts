import { describe, expect, test } from 'vitest';
import { reconcileProvince, regionProvinces, constituentsOf } from '../../../src/core/provinces';
import type { Province } from '../../../src/core/data/types';

const p = (edition: 'pre2025' | 'post2025', code: string, nameVi: string, inBloc: boolean, successor = ''): Province => ({
  edition, code, iso: '', nameVi, nameEn: nameVi, inRegion: true, inBloc, successor,
});

// A small slice of the real merger: Hải Dương (30) into Hải Phòng (31); Bắc Giang (24, outside the bloc)
// and Bắc Ninh (27) into new Bắc Ninh (24).
const provinces: Province[] = [
  p('pre2025', '30', 'Hải Dương', true, '31'),
  p('pre2025', '31', 'Hải Phòng', true, '31'),
  p('pre2025', '27', 'Bắc Ninh', true, '24'),
  { ...p('pre2025', '24', 'Bắc Giang', false, '24'), inRegion: false },
  p('post2025', '31', 'Hải Phòng', false),
  p('post2025', '24', 'Bắc Ninh', false),
];

describe('provinces across editions', () => {
  test('the pre2025 list holds only bloc provinces; post2025 the region units', () => {
    expect(regionProvinces(provinces, 'pre2025').map((x) => x.code)).toEqual(['30', '31', '27']);
    expect(regionProvinces(provinces, 'post2025').map((x) => x.code)).toEqual(['31', '24']);
  });

  test('constituents include provinces outside the bloc', () => {
    expect(constituentsOf(provinces, '24').map((x) => x.nameVi)).toEqual(['Bắc Ninh', 'Bắc Giang']);
  });

  test('an old code shown on the 2025 map becomes its successor, with a notice', () => {
    const result = reconcileProvince({ provinces }, 'post2025', '30');
    expect(result.code).toBe('31');
    expect(result.notice?.problem).toBe('province-mapped');
  });

  test('code 24 means Bắc Ninh after 2025 and is not a bloc province before it', () => {
    expect(reconcileProvince({ provinces }, 'post2025', '24')).toEqual({ code: '24' });
    const before = reconcileProvince({ provinces }, 'pre2025', '24');
    expect(before.code).toBeNull();
    expect(before.notice?.problem).toBe('unknown-province');
  });
});

import { describe, expect, test } from 'vitest';
import { sortZones, type ZoneSortKey } from '../../../src/core/zones/filter';
import { provinces, zone, zones } from './fixtures';

const ids = (list: { id: string }[]) => list.map((z) => z.id);

describe('sortZones', () => {
  test('numbers: unknown values last in both directions', () => {
    expect(ids(sortZones(zones, 'area', 'asc', 'vi'))).toEqual(['hd-dai-an', 'bn-vsip', 'hp-dinh-vu', 'hp-kkt', 'vp-unknown', 'vp-lap-thach']);
    expect(ids(sortZones(zones, 'area', 'desc', 'vi'))).toEqual(['hp-kkt', 'hp-dinh-vu', 'bn-vsip', 'hd-dai-an', 'vp-unknown', 'vp-lap-thach']);
  });

  test('every key puts unknowns last whatever the direction', () => {
    const keys: ZoneSortKey[] = ['area', 'occupancy', 'price', 'available', 'established', 'status', 'province'];
    const withUnknownProvince = [...zones, zone({ id: 'zz-nowhere', provinceCode: '99' })];
    for (const key of keys) {
      for (const direction of ['asc', 'desc'] as const) {
        const sorted = sortZones(withUnknownProvince, key, direction, 'en', { provinces });
        const known = sorted.map((z) => {
          if (key === 'area') return z.plannedAreaHa !== null;
          if (key === 'occupancy') return z.occupancyPct !== null;
          if (key === 'price') return z.priceUsdM2 !== null;
          if (key === 'available') return z.industrialLandHa !== null && z.occupancyPct !== null;
          if (key === 'established') return z.establishedYear !== null;
          if (key === 'status') return z.status !== null;
          return z.provinceCode !== '99';
        });
        const firstUnknown = known.indexOf(false);
        expect(firstUnknown, `${key} ${direction}`).toBeGreaterThan(-1);
        expect(known.slice(firstUnknown).every((k) => !k), `${key} ${direction}`).toBe(true);
      }
    }
  });

  test('Vietnamese names sort with the Vietnamese collation (Đ after D, before E)', () => {
    const list = [
      zone({ id: 'e', nameVi: 'Khu công nghiệp Eo' }),
      zone({ id: 'dd', nameVi: 'Khu công nghiệp Đình Vũ' }),
      zone({ id: 'd', nameVi: 'Khu công nghiệp Dệt' }),
      zone({ id: 'a', nameVi: 'Khu công nghiệp Ánh' }),
    ];
    expect(ids(sortZones(list, 'name', 'asc', 'vi'))).toEqual(['a', 'd', 'dd', 'e']);
    expect(ids(sortZones(list, 'name', 'desc', 'vi'))).toEqual(['e', 'dd', 'd', 'a']);
  });

  test('English names in English', () => {
    expect(ids(sortZones(zones, 'name', 'asc', 'en')).slice(0, 3)).toEqual(['vp-unknown', 'hd-dai-an', 'hp-kkt']);
  });

  test('province by name in the current language; status in lifecycle order', () => {
    expect(ids(sortZones(zones, 'province', 'asc', 'vi', { provinces }))).toEqual(['bn-vsip', 'hd-dai-an', 'hp-dinh-vu', 'hp-kkt', 'vp-unknown', 'vp-lap-thach']);
    expect(ids(sortZones(zones, 'status', 'asc', 'vi')).slice(0, 4)).toEqual(['hp-dinh-vu', 'bn-vsip', 'hp-kkt', 'hd-dai-an']);
  });

  test('available land (derived) and established year', () => {
    expect(ids(sortZones(zones, 'available', 'desc', 'en')).slice(0, 2)).toEqual(['hd-dai-an', 'bn-vsip']);
    expect(ids(sortZones(zones, 'established', 'asc', 'en'))[0]).toBe('bn-vsip');
  });

  test('does not reorder its input', () => {
    const before = ids(zones);
    sortZones(zones, 'price', 'desc', 'vi');
    expect(ids(zones)).toEqual(before);
  });
});

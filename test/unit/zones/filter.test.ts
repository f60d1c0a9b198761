import { describe, expect, test } from 'vitest';
import {
  availableLandHa, countHiddenByUnknown, filterZones, hasActiveZoneFilters, isRangeValid, normalizeSearch,
  zoneSuccessor, type ZoneFilters,
} from '../../../src/core/zones/filter';
import { emptyZoneFilters } from '../../../src/core/url/state';
import { provinces, zone, zones } from './fixtures';

const ids = (list: { id: string }[]) => list.map((z) => z.id);
const filters = (patch: Partial<ZoneFilters>): ZoneFilters => ({ ...emptyZoneFilters(), ...patch });

describe('normalizeSearch', () => {
  test('drops case, diacritics and đ, and collapses spaces', () => {
    expect(normalizeSearch('  Khu  công nghiệp\tĐÌNH Vũ ')).toBe('khu cong nghiep dinh vu');
    expect(normalizeSearch('Bắc Ninh')).toBe(normalizeSearch('bac ninh'));
    expect(normalizeSearch('Hải Dương')).toBe('hai duong');
  });
});

describe('search (q)', () => {
  test('"bac ninh" finds the zone named Bắc Ninh, diacritics-insensitive', () => {
    expect(ids(filterZones(zones, filters({ q: 'bac ninh' }), provinces))).toEqual(['bn-vsip']);
  });

  test('"DINH VU" finds Đình Vũ in both names', () => {
    expect(ids(filterZones(zones, filters({ q: 'DINH VU' }), provinces))).toEqual(['hp-dinh-vu', 'hp-kkt']);
  });

  test('"hai phong" finds zones by province name, including those of Hải Dương, now part of Hải Phòng', () => {
    expect(ids(filterZones(zones, filters({ q: 'hai phong' }), provinces))).toEqual(['hp-dinh-vu', 'hp-kkt', 'hd-dai-an']);
    // Without the province list only names, developer and id are searched.
    expect(ids(filterZones(zones, filters({ q: 'hai phong' })))).toEqual([]);
  });

  test('every word must match, in any field: developer, id, merged id, English name', () => {
    expect(ids(filterZones(zones, filters({ q: 'vsip phu tho' }), provinces))).toEqual([]);
    expect(ids(filterZones(zones, filters({ q: 'dinh vu kinh te' }), provinces))).toEqual(['hp-kkt']);
    expect(ids(filterZones(zones, filters({ q: 'dau tu' }), provinces))).toEqual(['hp-dinh-vu']);
    expect(ids(filterZones(zones, filters({ q: 'hd-dai' }), provinces))).toEqual(['hd-dai-an']);
    expect(ids(filterZones(zones, filters({ q: 'lap-thach-old' }), provinces))).toEqual(['vp-lap-thach']);
    expect(ids(filterZones(zones, filters({ q: 'economic zone' }), provinces))).toEqual(['hp-kkt']);
    expect(ids(filterZones(zones, filters({ q: 'phu tho' }), provinces))).toEqual(['vp-lap-thach', 'vp-unknown']);
  });

  test('blank search keeps everything', () => {
    expect(filterZones(zones, filters({ q: '   ' }), provinces)).toHaveLength(zones.length);
  });
});

describe('filters', () => {
  test('no filter keeps every zone, and is not "active"', () => {
    expect(filterZones(zones, emptyZoneFilters())).toEqual(zones);
    expect(hasActiveZoneFilters(emptyZoneFilters())).toBe(false);
    expect(hasActiveZoneFilters(filters({ price: { min: null, max: 100 } }))).toBe(true);
  });

  test('kind', () => {
    expect(ids(filterZones(zones, filters({ kind: ['KKT'] })))).toEqual(['hp-kkt']);
    expect(ids(filterZones(zones, filters({ kind: ['KKT', 'KCN-in-KKT'] })))).toEqual(['hp-dinh-vu', 'hp-kkt']);
  });

  test('status: unknown status passes only without a status filter', () => {
    expect(ids(filterZones(zones, filters({ status: ['planned'] })))).toEqual(['vp-lap-thach']);
    expect(ids(filterZones(zones, filters({ status: ['operating', 'building', 'planned'] })))).not.toContain('vp-unknown');
    expect(ids(filterZones(zones, emptyZoneFilters()))).toContain('vp-unknown');
  });

  test('area range is inclusive; either side may be open', () => {
    expect(ids(filterZones(zones, filters({ area: { min: 174, max: 1329 } })))).toEqual(['bn-vsip', 'hp-dinh-vu', 'hd-dai-an']);
    expect(ids(filterZones(zones, filters({ area: { min: 1000, max: null } })))).toEqual(['hp-dinh-vu', 'hp-kkt']);
    expect(ids(filterZones(zones, filters({ area: { min: null, max: 200 } })))).toEqual(['hd-dai-an']);
  });

  test('occupancy and price ranges', () => {
    expect(ids(filterZones(zones, filters({ occ: { min: null, max: 90 } })))).toEqual(['hd-dai-an', 'vp-unknown']);
    expect(ids(filterZones(zones, filters({ price: { min: 100, max: 150 } })))).toEqual(['bn-vsip', 'hp-dinh-vu']);
  });

  test('a range with min above max matches nothing and is reported invalid', () => {
    expect(filterZones(zones, filters({ area: { min: 500, max: 100 } }))).toEqual([]);
    expect(isRangeValid({ min: 500, max: 100 })).toBe(false);
    expect(isRangeValid({ min: 100, max: null })).toBe(true);
  });
});

describe('unknown values', () => {
  test('an active range excludes zones whose value is unknown (never read as 0)', () => {
    // max 200 ha: zones without an area are not "small", they are unknown.
    const shown = filterZones(zones, filters({ area: { min: null, max: 200 } }));
    expect(ids(shown)).not.toContain('vp-lap-thach');
    expect(ids(shown)).not.toContain('vp-unknown');
  });

  test('counts per field the zones hidden only because that value is unknown', () => {
    const hidden = countHiddenByUnknown(zones, filters({ area: { min: 0, max: null }, price: { min: 0, max: null } }));
    // No area: vp-lap-thach, vp-unknown. No price: hp-kkt, vp-lap-thach, vp-unknown.
    expect(hidden).toEqual({ status: 0, area: 2, occ: 0, price: 3, total: 3 });
  });

  test('a zone ruled out by a known value is not counted as hidden by an unknown one', () => {
    // vp-unknown has occupancy 40 (out of range) and no area: it is out for its occupancy, not for the unknown area.
    // vp-lap-thach has neither: it counts under both fields, once in the total.
    const hidden = countHiddenByUnknown(zones, filters({ occ: { min: 50, max: null }, area: { min: 0, max: null } }));
    expect(hidden.area).toBe(1);
    expect(hidden.occ).toBe(3);
    expect(hidden.total).toBe(3);
  });

  test('status: zones of unknown status are counted when a status filter is on, and respect the other filters', () => {
    expect(countHiddenByUnknown(zones, filters({ status: ['operating'] })).status).toBe(1);
    expect(countHiddenByUnknown(zones, filters({ status: ['operating'], kind: ['KKT'] })).status).toBe(0);
    expect(countHiddenByUnknown(zones, emptyZoneFilters())).toEqual({ status: 0, area: 0, occ: 0, price: 0, total: 0 });
  });

  test('shown + hidden-by-unknown = what would be shown if unknowns were accepted', () => {
    const f = filters({ occ: { min: 0, max: 100 } });
    expect(filterZones(zones, f).length + countHiddenByUnknown(zones, f).total).toBe(zones.length);
  });
});

describe('availableLandHa', () => {
  test('industrial land × (1 − occupancy) when both are known', () => {
    expect(availableLandHa(zones[3])).toBeCloseTo(102.89 * (1 - 0.8786), 6);
    expect(availableLandHa(zone({ id: 'full', industrialLandHa: 120, occupancyPct: 100 }))).toBe(0);
  });

  test('null, never 0, when either input is missing', () => {
    expect(availableLandHa(zone({ id: 'a', industrialLandHa: 120 }))).toBeNull();
    expect(availableLandHa(zone({ id: 'b', occupancyPct: 30 }))).toBeNull();
    expect(availableLandHa(zone({ id: 'c', plannedAreaHa: 300, occupancyPct: 30 }))).toBeNull();
  });
});

describe('zoneSuccessor', () => {
  test('the post2025 province of the zone\'s pre2025 province', () => {
    expect(zoneSuccessor(zones[3], provinces)?.nameVi).toBe('Hải Phòng');
    expect(zoneSuccessor(zones[3], provinces)?.edition).toBe('post2025');
    expect(zoneSuccessor(zones[4], provinces)?.nameVi).toBe('Phú Thọ');
    expect(zoneSuccessor(zone({ id: 'x', provinceCode: '99' }), provinces)).toBeUndefined();
  });
});

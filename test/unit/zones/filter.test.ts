import { describe, expect, test } from 'vitest';
import {
  availableLandHa, countHiddenByUnknown, filterZones, hasActiveZoneFilters, isRangeValid, matchZones,
  zoneProvinceCode, zoneSuccessor, type ZoneFilters,
} from '../../../src/core/zones/filter';
import { normalizeSearch, searchKey } from '../../../src/core/zones/search';
import { mayFilterZones, unfilteredZones } from '../../../src/core/zones/lookup';
import { offeredProvince, predecessorsOf } from '../../../src/core/zones/place';
import type { ZoneDistanceTable } from '../../../src/core/logistics/nearest';
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
    expect(ids(filterZones(zones, filters({ q: 'bac ninh' }), { provinces }))).toEqual(['bn-vsip']);
    expect(ids(filterZones(zones, filters({ q: 'Bắc  Ninh' }), { provinces }))).toEqual(['bn-vsip']);
  });

  test('"DINH VU" finds Đình Vũ in both names; punctuation does not matter', () => {
    expect(ids(filterZones(zones, filters({ q: 'DINH VU' }), { provinces }))).toEqual(['hp-dinh-vu', 'hp-kkt']);
    expect(ids(filterZones(zones, filters({ q: 'vu cat hai' }), { provinces }))).toEqual(['hp-kkt']);
    expect(searchKey('Trấn Dương – Hòa Bình')).toBe('tran duong hoa binh');
  });

  test('never by province name: "hai phong" finds no zone by where it is', () => {
    expect(ids(filterZones(zones, filters({ q: 'hai phong' }), { provinces }))).toEqual([]);
    expect(ids(filterZones(zones, filters({ q: 'phu tho' }), { provinces }))).toEqual([]);
  });

  test('the query is a phrase that starts at a word', () => {
    // Both words are in "Khu công nghiệp VSIP Bắc Ninh", but not as the phrase "ninh vsip".
    expect(ids(filterZones(zones, filters({ q: 'ninh vsip' }), { provinces }))).toEqual([]);
    // "inh" is inside "Đình", not at a word's start.
    expect(ids(filterZones(zones, filters({ q: 'inh vu' }), { provinces }))).toEqual([]);
    // A phrase still being typed matches as it grows.
    expect(ids(filterZones(zones, filters({ q: 'dinh v' }), { provinces }))).toEqual(['hp-dinh-vu', 'hp-kkt']);
  });

  test('names, merged ids and developers are searched', () => {
    expect(ids(filterZones(zones, filters({ q: 'dinh vu kinh te' }), { provinces }))).toEqual([]);
    expect(ids(filterZones(zones, filters({ q: 'kinh te dinh vu' }), { provinces }))).toEqual(['hp-kkt']);
    expect(ids(filterZones(zones, filters({ q: 'dau tu' }), { provinces }))).toEqual(['hp-dinh-vu']);
    expect(ids(filterZones(zones, filters({ q: 'lap-thach-old' }), { provinces }))).toEqual(['vp-lap-thach']);
    expect(ids(filterZones(zones, filters({ q: 'economic zone' }), { provinces }))).toEqual(['hp-kkt']);
  });

  test('a query that is a province name leaves developers out (a company carries its home province)', () => {
    const elsewhere = zone({ id: 'hd-x', nameVi: 'Khu công nghiệp X', provinceCode: '30', developer: 'Công ty CP Đầu tư Bắc Ninh' });
    expect(ids(filterZones([...zones, elsewhere], filters({ q: 'Bắc Ninh' }), { provinces }))).toEqual(['bn-vsip']);
    // Any other phrase still finds the developer.
    expect(ids(filterZones([...zones, elsewhere], filters({ q: 'dau tu bac ninh' }), { provinces }))).toEqual(['hd-x']);
  });

  test('blank search keeps everything', () => {
    expect(filterZones(zones, filters({ q: '   ' }), { provinces })).toHaveLength(zones.length);
  });
});

describe('province facet', () => {
  test('on the 63-province map: the zones of that province', () => {
    expect(ids(filterZones(zones, emptyZoneFilters(), { provinces, place: { edition: 'pre2025', code: '31' } }))).toEqual(['hp-dinh-vu', 'hp-kkt']);
  });

  test("on the 34-province map: a merged province holds its predecessors' zones", () => {
    expect(ids(filterZones(zones, emptyZoneFilters(), { provinces, place: { edition: 'post2025', code: '31' } }))).toEqual(['hp-dinh-vu', 'hp-kkt', 'hd-dai-an']);
    expect(zoneProvinceCode(zones[3], provinces, 'post2025')).toBe('31');
    expect(zoneProvinceCode(zones[3], provinces, 'pre2025')).toBe('30');
  });

  test('a merged province says which predecessor has no zones in the data', () => {
    const withBacGiang = [...provinces, { ...provinces[0], code: '24', nameVi: 'Bắc Giang', nameEn: 'Bac Giang', inBloc: false }];
    expect(predecessorsOf(zones, withBacGiang, 'post2025', '24').map((p) => [p.province.nameVi, p.zones])).toEqual([['Bắc Ninh', 1], ['Bắc Giang', 0]]);
    expect(predecessorsOf(zones, withBacGiang, 'pre2025', '27')).toEqual([]);
  });

  test('a query that names a province offers it as the facet, in the edition shown', () => {
    expect(offeredProvince('bac ninh', provinces, 'pre2025', null)?.code).toBe('27');
    expect(offeredProvince('Hải Dương', provinces, 'post2025', null)?.code).toBe('31');
    expect(offeredProvince('Bac Ninh', provinces, 'pre2025', '27')).toBeNull();
    expect(offeredProvince('vsip', provinces, 'pre2025', null)).toBeNull();
  });
});

describe('filters', () => {
  test('no filter keeps every zone, and is not "active"', () => {
    expect(filterZones(zones, emptyZoneFilters())).toEqual(zones);
    expect(hasActiveZoneFilters(emptyZoneFilters())).toBe(false);
    expect(hasActiveZoneFilters(filters({ price: { min: null, max: 100 } }))).toBe(true);
  });

  // The first screen draws every zone without loading the rules (core/zones/lookup.ts): only right if the rules agree.
  test('without filters or facet, the rules give what the first screen shows without them', () => {
    expect(matchZones(zones, emptyZoneFilters(), { provinces })).toEqual(unfilteredZones(zones));
    expect(mayFilterZones(emptyZoneFilters())).toBe(false);
    // Whatever the rules count as a filter, the shortcut does too (a search of spaces only is left to the rules).
    for (const patch of [{ kind: ['KKT'] }, { status: ['planned'] }, { area: { min: 1, max: null } }, { occ: { min: null, max: 50 } }, { price: { min: null, max: 100 } }, { seaport: 30 }, { airport: 5 }, { unknown: true }, { q: 'vu' }]) {
      expect(hasActiveZoneFilters(filters(patch)), JSON.stringify(patch)).toBe(true);
      expect(mayFilterZones(filters(patch)), JSON.stringify(patch)).toBe(true);
    }
    expect(hasActiveZoneFilters(filters({ q: '  ' }))).toBe(false);
    expect(matchZones(zones, filters({ q: '  ' }), { provinces })).toEqual(unfilteredZones(zones));
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
    expect(hidden).toEqual({ status: 0, area: 2, occ: 0, price: 3, seaport: 0, airport: 0, total: 3 });
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
    expect(countHiddenByUnknown(zones, emptyZoneFilters())).toEqual({ status: 0, area: 0, occ: 0, price: 0, seaport: 0, airport: 0, total: 0 });
  });

  test('shown + hidden-by-unknown = what would be shown if unknowns were accepted', () => {
    const f = filters({ occ: { min: 0, max: 100 } });
    expect(filterZones(zones, f).length + countHiddenByUnknown(zones, f).total).toBe(zones.length);
  });

  test('unknown=1 keeps the zones whose only gap is a numeric value, marked with what they lack', () => {
    // occ ≤ 90: hd-dai-an (87.86) and vp-unknown (40) match; bn-vsip (99.42) does not; three have no occupancy.
    const f = filters({ occ: { min: null, max: 90 } });
    const without = matchZones(zones, f);
    expect(ids(without.zones)).toEqual(['hd-dai-an', 'vp-unknown']);
    expect(without.hidden.occ).toBe(3);
    const kept = matchZones(zones, { ...f, unknown: true });
    expect(ids(kept.zones)).toEqual(['hp-dinh-vu', 'hp-kkt', 'hd-dai-an', 'vp-lap-thach', 'vp-unknown']);
    expect([...kept.unknown]).toEqual([['hp-dinh-vu', ['occ']], ['hp-kkt', ['occ']], ['vp-lap-thach', ['occ']]]);
    // The known matches plus the unknowns, each counted once.
    expect(kept.zones.length).toBe(without.zones.length + without.hidden.total);
  });

  test('unknown=1 never keeps a zone ruled out by a known value, nor one of unknown status', () => {
    const result = matchZones(zones, filters({ occ: { min: null, max: 90 }, status: ['operating'], unknown: true }));
    // vp-unknown: occupancy 40 but status unknown, hidden; bn-vsip: operating but 99.42%.
    expect(ids(result.zones)).toEqual(['hp-dinh-vu', 'hp-kkt']);
    expect(result.hidden.status).toBe(1);
  });

  test('with the province facet, only that province is counted', () => {
    const f = filters({ occ: { min: null, max: 95 } });
    expect(countHiddenByUnknown(zones, f, { provinces, place: { edition: 'pre2025', code: '31' } }).occ).toBe(2);
    expect(countHiddenByUnknown(zones, f, { provinces, place: { edition: 'pre2025', code: '27' } }).occ).toBe(0);
  });
});

describe('distance filters', () => {
  const near = (km: number) => ({ nearest: [{ id: 'p', km, plusMinusKm: 2 }], notOperating: [] });
  const distances: ZoneDistanceTable = {
    'bn-vsip': { airport: near(30.04), seaport: near(101), icd: near(5), border_gate: near(150) },
    'hp-dinh-vu': { airport: near(12), seaport: near(3), icd: near(60), border_gate: near(160) },
  };

  test('seaport= and airport= keep zones within that many straight-line km (as shown, one decimal)', () => {
    expect(ids(filterZones(zones, filters({ airport: 30 }), { distances }))).toEqual(['bn-vsip', 'hp-dinh-vu']);
    expect(ids(filterZones(zones, filters({ seaport: 50 }), { distances }))).toEqual(['hp-dinh-vu']);
  });

  test('a zone without a distance is unknown: hidden and counted, or kept and marked', () => {
    expect(countHiddenByUnknown(zones, filters({ seaport: 50 }), { distances }).seaport).toBe(4);
    const kept = matchZones(zones, filters({ seaport: 50, unknown: true }), { distances });
    expect(kept.unknown.get('hp-kkt')).toEqual(['seaport']);
    expect(ids(kept.zones)).not.toContain('bn-vsip');
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

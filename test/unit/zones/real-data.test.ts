// The explorer over the real data/ files, so a refresh that changes what an investor would find shows up here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { datasetFromTexts } from '../../../src/core/data/load';
import { DATA_FILES, type DataTexts } from '../../../src/core/data/schema';
import { availableLandHa, filterZones, sortZones, zoneSuccessor, type ZoneFilters } from '../../../src/core/zones/filter';
import { emptyZoneFilters } from '../../../src/core/url/state';
import { projectRoot } from '../data/shared';

const texts = Object.fromEntries(
  Object.entries(DATA_FILES).map(([key, file]) => [key, readFileSync(join(projectRoot, 'data', file.path), 'utf8')]),
) as DataTexts;
const { zones, provinces } = datasetFromTexts(texts);
const filters = (patch: Partial<ZoneFilters>): ZoneFilters => ({ ...emptyZoneFilters(), ...patch });
const ids = (list: { id: string }[]) => list.map((z) => z.id).sort();

describe('zone explorer on the real data', () => {
  test('kind=KKT gives the 7 economic zones', () => {
    expect(filterZones(zones, filters({ kind: ['KKT'] }), provinces)).toHaveLength(7);
  });

  test('"vsip" finds the VSIP parks, named or developed by VSIP', () => {
    const found = ids(filterZones(zones, filters({ q: 'vsip' }), provinces));
    expect(found).toEqual(expect.arrayContaining(['bn-vsip', 'bn-vsip-2', 'hp-vsip', 'tb-vsip-thai-binh', 'nd-vsip-nam-dinh']));
    for (const z of filterZones(zones, filters({ q: 'VSIP' }), provinces)) {
      expect(`${z.nameVi} ${z.nameEn} ${z.developer} ${z.id}`.toLowerCase()).toContain('vsip');
    }
  });

  test('"dinh vu" finds Đình Vũ; "hai phong" finds every zone of Hải Phòng (old and new) and those a Hải Phòng company develops', () => {
    expect(ids(filterZones(zones, filters({ q: 'dinh vu' }), provinces))).toContain('hp-dinh-vu-cat-hai');
    const haiPhong = filterZones(zones, filters({ q: 'hai phong' }), provinces);
    const expected = zones.filter((z) => zoneSuccessor(z, provinces)?.nameVi === 'Hải Phòng' || /Hải Phòng/.test(z.developer));
    expect(ids(haiPhong)).toContain('qn-bach-dang'); // developer: a Hải Phòng company (zone facts)
    expect(ids(haiPhong)).toEqual(ids(expected));
    expect(haiPhong.some((z) => z.provinceCode === '31')).toBe(true);
  });

  test('every zone has a successor province', () => {
    for (const z of zones) expect(zoneSuccessor(z, provinces), z.id).toBeDefined();
  });

  test('sorting by area keeps every zone, with the ones without an area last', () => {
    const sorted = sortZones(zones, 'area', 'desc', 'vi', provinces);
    expect(sorted).toHaveLength(zones.length);
    const firstUnknown = sorted.findIndex((z) => z.plannedAreaHa === null);
    expect(sorted.slice(firstUnknown).every((z) => z.plannedAreaHa === null)).toBe(true);
  });

  test('available land is derived for a few zones only, and stays within their leasable land', () => {
    const derived = zones.filter((z) => availableLandHa(z) !== null);
    expect(derived.length).toBeGreaterThan(0);
    for (const z of derived) expect(availableLandHa(z)!).toBeLessThanOrEqual(z.industrialLandHa!);
  });
});

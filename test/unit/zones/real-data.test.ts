// The explorer over the real data/ files, so a refresh that changes what an investor would find shows up here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { datasetFromTexts } from '../../../src/core/data/load';
import { DATA_FILES, type DataTexts } from '../../../src/core/data/schema';
import { availableLandHa, filterZones, matchZones, sortZones, zoneSuccessor, type ZoneFilters } from '../../../src/core/zones/filter';
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
    expect(filterZones(zones, filters({ kind: ['KKT'] }), { provinces })).toHaveLength(7);
  });

  test('"vsip" finds the VSIP parks, named or developed by VSIP', () => {
    const found = ids(filterZones(zones, filters({ q: 'vsip' }), { provinces }));
    expect(found).toEqual(expect.arrayContaining(['bn-vsip', 'bn-vsip-2', 'hp-vsip', 'tb-vsip-thai-binh', 'nd-vsip-nam-dinh']));
    for (const z of filterZones(zones, filters({ q: 'VSIP' }), { provinces })) {
      expect(`${z.nameVi} ${z.nameEn} ${z.developer} ${z.id}`.toLowerCase()).toContain('vsip');
    }
  });

  test('"dinh vu" finds Đình Vũ; a province\'s name finds only zones named after it, never those merely in it', () => {
    expect(ids(filterZones(zones, filters({ q: 'dinh vu' }), { provinces }))).toContain('hp-dinh-vu-cat-hai');
    // The case: "Bắc Ninh" listed Bạch Đằng and Bắc Tiền Phong (Quảng Ninh) and a Hải Dương park whose
    // developer is a Bắc Ninh company.
    for (const q of ['Bắc Ninh', 'bac ninh']) {
      const found = filterZones(zones, filters({ q }), { provinces });
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((z) => z.provinceCode !== '27').map((z) => z.id)).toEqual([]);
    }
    // A developer is still found by its own name.
    expect(ids(filterZones(zones, filters({ q: 'Trung Quý' }), { provinces }))).toContain('hd-phuc-dien-mo-rong');
  });

  test('Bắc Ninh with occupancy ≤ 95%: one known match, the unknowns counted, and kept marked on request', () => {
    const place = { edition: 'pre2025' as const, code: '27' };
    const occ = filters({ occ: { min: null, max: 95 } });
    const known = matchZones(zones, occ, { provinces, place });
    const inBacNinh = zones.filter((z) => z.provinceCode === '27');
    const noOccupancy = inBacNinh.filter((z) => z.occupancyPct === null);
    expect(known.zones.every((z) => z.provinceCode === '27' && z.occupancyPct! <= 95)).toBe(true);
    expect(known.hidden.occ).toBe(noOccupancy.length);
    const kept = matchZones(zones, { ...occ, unknown: true }, { provinces, place });
    expect(kept.zones.length).toBe(known.zones.length + noOccupancy.length);
    expect([...kept.unknown.keys()].sort()).toEqual(ids(noOccupancy));
  });

  test('every zone has a successor province', () => {
    for (const z of zones) expect(zoneSuccessor(z, provinces), z.id).toBeDefined();
  });

  test('sorting by area keeps every zone, with the ones without an area last', () => {
    const sorted = sortZones(zones, 'area', 'desc', 'vi', { provinces });
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

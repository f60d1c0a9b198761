// Straight-line distances from zones to logistics points: the formula against known distances, the nearest
// operating point of each kind (ties, points not operating yet, zones without a location) and the ±.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LogisticsPoint } from '../../../src/core/data/types';
import { boundsAround, EARTH_RADIUS_KM, greatCircleKm } from '../../../src/core/logistics/geodesy';
import { combinedRadiusKm, nearestKm, roundKm, zoneDistances, zoneDistanceTable } from '../../../src/core/logistics/nearest';
import { zoneFocus } from '../../../src/core/logistics/features';
import { datasetFromTexts } from '../../../src/core/data/load';
import { DATA_FILES, type DataTexts } from '../../../src/core/data/schema';
import { projectRoot } from '../data/shared';
import { zone } from '../zones/fixtures';

const point = (overrides: Partial<LogisticsPoint> & Pick<LogisticsPoint, 'id' | 'kind' | 'lon' | 'lat'>): LogisticsPoint => ({
  nameVi: overrides.id, nameEn: overrides.id, code: '27', precisionM: 2000, status: 'operating', sourceIds: [], note: '', ...overrides,
});

describe('greatCircleKm', () => {
  test('one degree along a meridian is R·π/180 (≈ 111.2 km); half the world is π·R', () => {
    expect(greatCircleKm([105, 20], [105, 21])).toBeCloseTo((EARTH_RADIUS_KM * Math.PI) / 180, 6);
    expect(greatCircleKm([0, 0], [180, 0])).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm([106, 21], [106, 21])).toBe(0);
  });

  test('one degree of longitude shrinks with the cosine of the latitude', () => {
    expect(greatCircleKm([105, 0], [106, 0])).toBeCloseTo(111.195, 2);
    // At 21°N the arc is a little longer than the parallel's cos(21°) × 111.195 km.
    expect(greatCircleKm([105, 21], [106, 21])).toBeCloseTo(103.81, 1);
  });

  test('Nội Bài ↔ Cát Bi ≈ 105 km, the same both ways (the airports in data/logistics.csv)', () => {
    const noiBai = [105.806999, 21.221201] as const;
    const catBi = [106.724315, 20.817428] as const;
    expect(greatCircleKm(noiBai, catBi)).toBeCloseTo(105.3, 0);
    expect(greatCircleKm(catBi, noiBai)).toBe(greatCircleKm(noiBai, catBi));
  });
});

describe('zoneDistances', () => {
  const located = zone({ id: 'z', lon: 106.0, lat: 21.0, precisionM: 1500 });
  const points = [
    point({ id: 'air-far', kind: 'airport', lon: 106.5, lat: 21.0 }),
    point({ id: 'air-near', kind: 'airport', lon: 106.2, lat: 21.0, precisionM: 2000 }),
    point({ id: 'air-building', kind: 'airport', lon: 106.05, lat: 21.0, status: 'under construction' }),
    point({ id: 'air-building-far', kind: 'airport', lon: 107.5, lat: 21.0, status: 'under construction' }),
    point({ id: 'port-b', kind: 'seaport', lon: 106.0, lat: 21.3 }),
    point({ id: 'port-a', kind: 'seaport', lon: 106.0, lat: 20.7 }),
    point({ id: 'gate', kind: 'border_gate', lon: 107.0, lat: 22.0 }),
  ];

  test('the nearest OPERATING point of each kind; one not operating yet is listed apart, only when nearer', () => {
    const d = zoneDistances(located, points)!;
    expect(d.airport.nearest.map((n) => n.id)).toEqual(['air-near']);
    expect(d.airport.nearest[0].km).toBeCloseTo(greatCircleKm([106, 21], [106.2, 21]), 9);
    expect(d.airport.notOperating.map((n) => n.id)).toEqual(['air-building']);
    expect(d.border_gate.nearest.map((n) => n.id)).toEqual(['gate']);
  });

  test('a tie at the shown precision names both points, in id order', () => {
    // 0.3° north and 0.3° south of 21°N: equal to well under 0.1 km.
    const d = zoneDistances(located, points)!;
    expect(d.seaport.nearest.map((n) => n.id)).toEqual(['port-a', 'port-b']);
    expect(roundKm(d.seaport.nearest[0].km)).toBe(roundKm(d.seaport.nearest[1].km));
  });

  test('a kind without an operating point has no nearest one, and every point of it is listed apart', () => {
    const d = zoneDistances(located, points)!;
    expect(d.icd).toEqual({ nearest: [], notOperating: [] });
    const onlyBuilding = zoneDistances(located, [points[2], points[3]])!;
    expect(onlyBuilding.airport.nearest).toEqual([]);
    expect(onlyBuilding.airport.notOperating.map((n) => n.id)).toEqual(['air-building', 'air-building-far']);
  });

  test('± adds the zone\'s and the point\'s location radii; unknown when the zone\'s radius is', () => {
    expect(combinedRadiusKm(1500, 2000)).toBe(3.5);
    expect(combinedRadiusKm(null, 2000)).toBeNull();
    expect(zoneDistances(located, points)!.airport.nearest[0].plusMinusKm).toBe(3.5);
    expect(zoneDistances(zone({ id: 'y', lon: 106, lat: 21 }), points)!.airport.nearest[0].plusMinusKm).toBeNull();
  });

  test('a zone without a location has no distance: none in the table, unknown to the filters', () => {
    const unlocated = zone({ id: 'nowhere' });
    expect(zoneDistances(unlocated, points)).toBeNull();
    const table = zoneDistanceTable([located, unlocated], points);
    expect(Object.keys(table)).toEqual(['z']);
    expect(nearestKm(table, 'nowhere', 'airport')).toBeNull();
    expect(nearestKm(table, 'z', 'airport')).toBe(roundKm(table.z.airport.nearest[0].km));
  });
});

describe('on the real data', () => {
  const texts = Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, file]) => [key, readFileSync(join(projectRoot, 'data', file.path), 'utf8')]),
  ) as DataTexts;
  const { zones, logistics } = datasetFromTexts(texts);
  const table = zoneDistanceTable(zones, logistics);

  test('every located zone has a distance of each kind; no other zone has one', () => {
    const located = zones.filter((z) => z.lon !== null && z.lat !== null);
    expect(Object.keys(table).sort()).toEqual(located.map((z) => z.id).sort());
    for (const id of Object.keys(table)) for (const kind of ['airport', 'seaport', 'icd', 'border_gate'] as const) expect(table[id][kind].nearest.length).toBeGreaterThan(0);
  });

  test('Gia Bình airport (under construction) is never "the nearest airport", only listed apart', () => {
    const listedApart = Object.values(table).filter((d) => d.airport.notOperating.some((n) => n.id === 'gia-binh'));
    expect(listedApart.length).toBeGreaterThan(0);
    for (const d of Object.values(table)) expect(d.airport.nearest.map((n) => n.id)).not.toContain('gia-binh');
    expect(table['bn-vsip'].airport.nearest[0].id).toBe('noi-bai');
    expect(table['bn-vsip'].airport.notOperating[0].id).toBe('gia-binh');
  });

  test('an opened zone is framed with its nearest airport and seaport, never a border gate', () => {
    const dinhVu = zones.find((z) => z.id === 'hp-dinh-vu')!;
    const focus = zoneFocus(dinhVu, table['hp-dinh-vu'], logistics, '31')!;
    expect(focus.links.features.map((f) => f.properties.kind)).toEqual(['airport', 'seaport']);
    const catBi = logistics.find((p) => p.id === 'cat-bi')!;
    const [[west, south], [east, north]] = focus.bounds;
    expect(catBi.lon).toBeGreaterThanOrEqual(west);
    expect(catBi.lon).toBeLessThanOrEqual(east);
    expect(catBi.lat).toBeGreaterThanOrEqual(south);
    expect(catBi.lat).toBeLessThanOrEqual(north);
    // The box reaches the zone's ring, not just its point.
    expect(north - dinhVu.lat!).toBeGreaterThanOrEqual((dinhVu.precisionM! / 1000 / 111.2) * 0.99);
  });
});

describe('boundsAround', () => {
  test('points widened by their radius; null for none', () => {
    expect(boundsAround([])).toBeNull();
    const [[w, s], [e, n]] = boundsAround([{ at: [106, 21], radiusM: 0 }, { at: [107, 20], radiusM: 111_195 }])!;
    // 111.195 km is one degree of latitude, and 1/cos(20°) degrees of longitude at 20°N.
    const dLon = 1 / Math.cos((20 * Math.PI) / 180);
    expect([w, e]).toEqual([expect.closeTo(107 - dLon, 3), expect.closeTo(107 + dLon, 3)]);
    expect([s, n]).toEqual([expect.closeTo(19, 3), 21]);
  });
});

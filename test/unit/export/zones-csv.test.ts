import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { BOM } from '../../../src/core/export/csv';
import { zonesCsv } from '../../../src/core/export/zonesCsv';
import type { LogisticsPoint } from '../../../src/core/data/types';
import { zoneDistanceTable } from '../../../src/core/logistics/nearest';
import { provinces, sources, zone } from '../zones/fixtures';

const port: LogisticsPoint = {
  id: 'port', kind: 'seaport', nameVi: 'Cảng A', nameEn: 'Port A', code: '31', lon: 106.7, lat: 20.85, precisionM: 1000, status: 'operating', sourceIds: [], note: '',
};

describe('the zones CSV', () => {
  const located = zone({ id: 'hd-a', provinceCode: '30', lon: 106.3, lat: 20.9, precisionM: 1500, occupancyPct: 80, industrialLandHa: 100, sourceIds: ['src-a', 'src-b'] });
  const unlocated = zone({ id: 'hd-b', provinceCode: '30', sourceIds: ['src-missing'] });
  const text = zonesCsv({
    zones: [located, unlocated],
    unknown: new Map([['hd-b', ['seaport'] as const]]),
    distances: zoneDistanceTable([located, unlocated], [port]),
    provinces,
    edition: 'post2025',
    sources,
    logistics: [port],
    lang: 'vi',
  });
  const rows = csvParse(text.slice(1));

  test('one row per zone in the given order, the province of the edition shown beside the old one', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(['hd-a', 'hd-b']);
    expect(rows[0]).toMatchObject({ province_code: '31', province: 'Hải Phòng', province_pre2025_code: '30', province_pre2025: 'Hải Dương' });
  });

  test('straight-line distances with their ±, empty (never 0) without a location, and the kept unknowns named', () => {
    expect(rows[0].nearest_seaport_id).toBe('port');
    expect(Number(rows[0].seaport_km_straight_line)).toBeGreaterThan(40);
    expect(rows[0].seaport_plus_minus_km).toBe('2.5');
    expect(rows[0].available_land_ha_derived).toBe('20');
    expect(rows[1].seaport_km_straight_line).toBe('');
    expect(rows[1].unknown_values).toBe('seaport');
  });

  test('sources per row: titles (a missing source by its id) and addresses', () => {
    expect(rows[0].source_titles).toBe('IIP portal: VSIP Bắc Ninh | Bloc report, 2019-01-11');
    expect(rows[0].source_urls).toBe('https://iipvietnam.com/vsip');
    expect(rows[1].source_titles).toBe('src-missing');
  });
});

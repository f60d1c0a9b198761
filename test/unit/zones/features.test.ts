import { describe, expect, test } from 'vitest';
import { zoneFeatures } from '../../../src/core/zones/features';
import { zone } from './fixtures';

const zones = [
  zone({ id: 'located', lon: 106.1, lat: 21.1, plannedAreaHa: 300, status: 'operating', precisionM: 500 }),
  zone({ id: 'unlocated', lon: null, lat: null }),
  zone({ id: 'kkt', kind: 'KKT', lon: 107.4, lat: 21.1, plannedAreaHa: 200_000 }),
  zone({ id: 'in-kkt', kind: 'KCN-in-KKT', lon: 107.3, lat: 21.0 }),
];

describe('zones as map features', () => {
  test('a zone without coordinates is left off the map, never placed by guess', () => {
    const ids = [...zoneFeatures(zones, 'parks').features, ...zoneFeatures(zones, 'kkt').features].map((f) => f.properties.id);
    expect(ids).not.toContain('unlocated');
  });

  test('economic zones (KKT) are apart from the parks, parks inside a KKT stay parks', () => {
    expect(zoneFeatures(zones, 'parks').features.map((f) => f.properties.id)).toEqual(['located', 'in-kkt']);
    expect(zoneFeatures(zones, 'kkt').features.map((f) => f.properties.id)).toEqual(['kkt']);
  });

  test('a feature carries its place, area, status and location precision', () => {
    const [located] = zoneFeatures(zones, 'parks').features;
    expect(located.geometry.coordinates).toEqual([106.1, 21.1]);
    expect(located.properties).toMatchObject({ kind: 'KCN', status: 'operating', area: 300, precision_m: 500 });
    const [inKkt] = zoneFeatures(zones, 'parks').features.slice(1);
    expect(inKkt.properties).toMatchObject({ status: '', area: null, precision_m: 0 });
  });
});

import { describe, expect, test } from 'vitest';
import type { Geometry } from 'geojson';
import { labelPoints, provinceBounds, regionBounds, type ProvinceCollection, type ProvinceProperties } from '../../../src/core/geo/provinces';
import { regionNavPoints } from '../../../src/core/geo/keyboardNav';

const ring = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const square = (x: number, y: number, size: number): Geometry => ({ type: 'Polygon', coordinates: [ring(x, y, size)] });

function province(code: string, inRegion: boolean, geometry: Geometry, label: [number, number]) {
  const properties: ProvinceProperties = { edition: 'pre2025', code, name_vi: code, name_en: code, in_region: inRegion, label };
  return { type: 'Feature' as const, properties, geometry };
}

const provinces: ProvinceCollection = {
  type: 'FeatureCollection',
  features: [
    province('27', true, square(106, 21, 0.2), [106.1, 21.1]),
    // A delta province in two parts, one an island to the east.
    province('22', true, { type: 'MultiPolygon', coordinates: [[ring(107, 21, 0.5)], [ring(108, 20.5, 0.1)]] }, [107.2, 21.2]),
    // Outside the delta, far to the south: context, not part of the view or the arrow-key moves.
    province('79', false, square(106.6, 10.7, 0.3), [106.7, 10.8]),
  ],
};

describe('province boundaries', () => {
  test('the first view covers the delta provinces, islands included, and nothing outside the delta', () => {
    expect(regionBounds(provinces)).toEqual([[106, 20.5], [108.1, 21.5]]);
  });

  test('an opened zone\'s province is framed by its largest part, not its far islands', () => {
    expect(provinceBounds(provinces, '22')).toEqual([[107, 21], [107.5, 21.5]]);
    expect(provinceBounds(provinces, '27')).toEqual([[106, 21], [106.2, 21.2]]);
    expect(provinceBounds(provinces, '99')).toBeNull();
  });

  test('without any delta province the view falls back to the delta box', () => {
    const outside: ProvinceCollection = { type: 'FeatureCollection', features: [provinces.features[2]] };
    expect(regionBounds(outside)).toEqual([[105.2, 19.9], [108.2, 21.7]]);
  });

  test('labels sit at the point computed by the build, with the province properties', () => {
    const labels = labelPoints(provinces);
    expect(labels.features.map((f) => f.geometry.coordinates)).toEqual([[106.1, 21.1], [107.2, 21.2], [106.7, 10.8]]);
    expect(labels.features[1].properties.code).toBe('22');
  });

  test('the arrow keys move between the delta provinces only, at their label points', () => {
    expect(regionNavPoints(provinces)).toEqual([
      { code: '27', lon: 106.1, lat: 21.1 },
      { code: '22', lon: 107.2, lat: 21.2 },
    ]);
  });
});

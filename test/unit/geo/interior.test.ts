import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { interiorPoint, pointInGeometry, ringArea } from '../../../src/core/geo/interior.ts';
import { readCsvObjects as parseCsvRecords } from '../../../src/core/data/csv.ts';
import { rewindForD3 } from '../../../src/core/geo/rewind.ts';

describe('interiorPoint', () => {
  it('lies inside a U shape whose centroid is outside', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [0, 10], [2, 10], [2, 2], [8, 2], [8, 10], [10, 10], [10, 0], [0, 0]]],
    };
    expect(pointInGeometry([5, 5], u)).toBe(false);
    expect(pointInGeometry(interiorPoint(u), u)).toBe(true);
  });

  it('avoids holes and uses the largest part', () => {
    const g = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [[[20, 0], [21, 0], [21, 1], [20, 1], [20, 0]]],
        [
          [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
          [[3, 3], [7, 3], [7, 7], [3, 7], [3, 3]],
        ],
      ],
    };
    const p = interiorPoint(g);
    expect(p[0]).toBeLessThan(10);
    expect(pointInGeometry(p, g)).toBe(true);
  });
});

describe('rewindForD3', () => {
  it('makes exterior rings clockwise and holes counter-clockwise', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
        [[3, 3], [3, 7], [7, 7], [7, 3], [3, 3]],
      ],
    };
    const r = rewindForD3(g);
    expect(ringArea(r.coordinates[0])).toBeLessThan(0);
    expect(ringArea(r.coordinates[1])).toBeGreaterThan(0);
  });
});

describe('parseCsvRecords', () => {
  it('handles quoted fields with commas and quotes', () => {
    const rows = parseCsvRecords('a,b,c\r\n1,"x, ""y""",\n2,z,w\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"', c: '' },
      { a: '2', b: 'z', c: 'w' },
    ]);
  });
});

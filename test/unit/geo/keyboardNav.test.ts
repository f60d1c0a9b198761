import { describe, expect, test } from 'vitest';
import { firstProvince, nextProvince, type NavPoint } from '../../../src/core/geo/keyboardNav';

// Approximate label points of some delta provinces.
const points: NavPoint[] = [
  { code: '26', lon: 105.55, lat: 21.35 }, // Vĩnh Phúc
  { code: '01', lon: 105.75, lat: 21.0 }, // Hà Nội
  { code: '27', lon: 106.1, lat: 21.15 }, // Bắc Ninh
  { code: '30', lon: 106.35, lat: 20.95 }, // Hải Dương
  { code: '31', lon: 106.65, lat: 20.8 }, // Hải Phòng
  { code: '22', lon: 107.3, lat: 21.2 }, // Quảng Ninh
  { code: '36', lon: 106.2, lat: 20.3 }, // Nam Định
];

describe('arrow keys between provinces', () => {
  test('starts at the north-west', () => {
    expect(firstProvince(points)).toBe('26');
    expect(nextProvince(points, null, 'right')).toBe('26');
  });

  test('moves to the nearest province in the direction pressed', () => {
    expect(nextProvince(points, '01', 'right')).toBe('27');
    expect(nextProvince(points, '27', 'right')).toBe('30');
    expect(nextProvince(points, '30', 'down')).toBe('36');
    expect(nextProvince(points, '01', 'up')).toBe('26');
  });

  test('stays put at the edge', () => {
    expect(nextProvince(points, '22', 'right')).toBe('22');
  });
});

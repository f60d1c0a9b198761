// Moving between provinces with the arrow keys: to the nearest province in the direction pressed,
// preferring ones straight ahead over ones far to the side. Pure, over label points (lon, lat).
import type { ProvinceCollection } from './provinces';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface NavPoint {
  code: string;
  lon: number;
  lat: number;
}

/** The label points the arrow keys move between: the delta provinces', or those `isTarget` accepts (the whole country). */
export function regionNavPoints(collection: ProvinceCollection, isTarget: (code: string, inRegion: boolean) => boolean = (_code, inRegion) => inRegion): NavPoint[] {
  return collection.features
    .filter((f) => isTarget(f.properties.code, f.properties.in_region))
    .map((f) => ({ code: f.properties.code, lon: f.properties.label[0], lat: f.properties.label[1] }));
}

/** The province to start from: the north-westernmost (reading order). */
export function firstProvince(points: NavPoint[]): string | null {
  const score = (p: NavPoint) => p.lat - 0.5 * p.lon;
  const sorted = [...points].sort((a, b) => score(b) - score(a));
  return sorted[0]?.code ?? null;
}

export function nextProvince(points: NavPoint[], current: string | null, direction: Direction): string | null {
  const from = points.find((p) => p.code === current);
  if (!from) return firstProvince(points);
  // First within 45° of the direction pressed; only if there is none, anywhere on that side.
  for (const cone of [true, false]) {
    let best: { code: string; score: number } | null = null;
    for (const p of points) {
      if (p.code === from.code) continue;
      const dx = p.lon - from.lon;
      const dy = p.lat - from.lat;
      const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'up' ? dy : -dy;
      const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
      if (along <= 0 || (cone && across > along)) continue;
      const score = along + 2 * across;
      if (!best || score < best.score) best = { code: p.code, score };
    }
    if (best) return best.code;
  }
  return from.code;
}

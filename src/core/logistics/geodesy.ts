// Straight-line ("as the crow flies") distance on the Earth's surface. Pure.
// Distances between zones and logistics points are great-circle distances, never road distances: the app
// says "straight-line" wherever it shows one.

/** The mean Earth radius (IUGG), km: the haversine formula on a sphere is within 0.5% of the ellipsoid. */
export const EARTH_RADIUS_KM = 6371.0088;

export type LonLat = readonly [lon: number, lat: number];

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two WGS-84 points, km (haversine). */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  const dLat = radians(b[1] - a[1]);
  const dLon = radians(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a[1])) * Math.cos(radians(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** [[west, south], [east, north]] around points, each widened by its radius in metres; null for none. */
export function boundsAround(points: readonly { at: LonLat; radiusM: number }[]): [[number, number], [number, number]] | null {
  if (!points.length) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { at, radiusM } of points) {
    const dLat = radiusM / 1000 / (EARTH_RADIUS_KM * (Math.PI / 180));
    const dLon = dLat / Math.max(0.01, Math.cos(radians(at[1])));
    west = Math.min(west, at[0] - dLon);
    east = Math.max(east, at[0] + dLon);
    south = Math.min(south, at[1] - dLat);
    north = Math.max(north, at[1] + dLat);
  }
  return [[west, south], [east, north]];
}

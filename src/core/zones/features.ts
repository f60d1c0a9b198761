// Zones as map features: located zones only (never placed by guess), KKT apart from parks. A zone kept
// by the filters although a filtered value is unknown (`unknown=1`) is marked, and drawn hollow.
import type { FeatureCollection, Point } from 'geojson';
import type { Zone } from '../data/types';

export interface ZoneFeatureProperties {
  id: string;
  kind: string;
  status: string;
  area: number | null;
  precision_m: number;
  name_vi: string;
  name_en: string;
  /** Shown although a filtered value is unknown. */
  unknown: boolean;
}

export function zoneFeatures(
  zones: readonly Zone[],
  which: 'parks' | 'kkt',
  unknown: ReadonlyMap<string, unknown> = new Map(),
): FeatureCollection<Point, ZoneFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: zones
      .filter((z) => z.lon !== null && z.lat !== null && (which === 'kkt') === (z.kind === 'KKT'))
      .map((z) => ({
        type: 'Feature',
        id: undefined,
        properties: {
          id: z.id,
          kind: z.kind,
          status: z.status ?? '',
          area: z.plannedAreaHa,
          precision_m: z.precisionM ?? 0,
          name_vi: z.nameVi,
          name_en: z.nameEn,
          unknown: unknown.has(z.id),
        },
        geometry: { type: 'Point', coordinates: [z.lon as number, z.lat as number] },
      })),
  };
}

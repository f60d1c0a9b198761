// Zones as map features: located zones only (never placed by guess), KKT apart from parks.
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
}

export function zoneFeatures(zones: readonly Zone[], which: 'parks' | 'kkt'): FeatureCollection<Point, ZoneFeatureProperties> {
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
        },
        geometry: { type: 'Point', coordinates: [z.lon as number, z.lat as number] },
      })),
  };
}

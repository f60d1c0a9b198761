// The zones view's CSV: the filtered zone list in its order, every column the list shows (distances
// included, labelled straight-line and derived) and the sources of each row. Pure.
import type { Edition, LogisticsPoint, Province, Source, Zone } from '../data/types';
import { availableLandHa, zoneProvince, zoneProvinceCode, type NumericField } from '../zones/filter';
import { NEAREST_KEY, NEAREST_KINDS, roundKm, type ZoneDistanceTable } from '../logistics/nearest';
import { localName, type Lang } from '../names';
import { toCsv } from './csv';

export interface ZonesCsvInput {
  zones: readonly Zone[];
  /** Zones kept although a filtered value is unknown, and what they lack. */
  unknown: ReadonlyMap<string, readonly NumericField[]>;
  distances: ZoneDistanceTable | null;
  provinces: readonly Province[];
  edition: Edition;
  sources: readonly Source[];
  logistics: readonly LogisticsPoint[];
  lang: Lang;
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export function zonesCsv(input: ZonesCsvInput): string {
  const { zones, unknown, distances, provinces, edition, sources, logistics, lang } = input;
  const header = [
    'id', 'name_vi', 'name_en', 'province_code', 'province', 'province_pre2025_code', 'province_pre2025', 'kind', 'status',
    'planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'occupancy_basis', 'occupancy_as_of', 'land_price_usd_m2', 'price_term',
    'available_land_ha_derived',
    ...NEAREST_KINDS.flatMap((kind) => {
      const key = NEAREST_KEY[kind];
      return [`nearest_${key}_id`, `nearest_${key}`, `${key}_km_straight_line`, `${key}_plus_minus_km`];
    }),
    'not_operating_nearer', 'unknown_values', 'lon', 'lat', 'location_precision_m', 'as_of', 'source_titles', 'source_urls',
  ];
  const pointName = (id: string) => {
    const point = logistics.find((p) => p.id === id);
    return point ? localName(lang, point) : id;
  };
  const rows = zones.map((zone) => {
    const code = zoneProvinceCode(zone, provinces, edition);
    const shown = provinces.find((p) => p.edition === edition && p.code === code);
    const old = zoneProvince(zone, provinces);
    const cited = [...new Set([...zone.sourceIds, ...zone.locationSourceIds])].map((id) => ({ id, source: sources.find((s) => s.id === id) }));
    const d = distances?.[zone.id];
    return [
      zone.id, zone.nameVi, zone.nameEn, code, shown ? localName(lang, shown) : '', zone.provinceCode, old ? localName(lang, old) : '',
      zone.kind, zone.status, zone.plannedAreaHa, zone.industrialLandHa, zone.occupancyPct, zone.occupancyBasis, zone.occupancyAsOf,
      zone.priceUsdM2, zone.priceTerm, round(availableLandHa(zone), 1),
      ...NEAREST_KINDS.flatMap((kind) => {
        const nearest = d?.[kind].nearest[0];
        return nearest ? [nearest.id, pointName(nearest.id), roundKm(nearest.km), round(nearest.plusMinusKm, 1)] : ['', '', null, null];
      }),
      NEAREST_KINDS.flatMap((kind) => d?.[kind].notOperating.map((n) => `${pointName(n.id)} (${roundKm(n.km)} km)`) ?? []).join(' | '),
      unknown.get(zone.id)?.join(';') ?? '',
      zone.lon, zone.lat, zone.precisionM, zone.asOf,
      cited.map(({ id, source }) => source?.title || source?.citation || id).join(' | '),
      cited.map(({ source }) => source?.url ?? '').filter(Boolean).join(' | '),
    ];
  });
  return toCsv(header, rows);
}

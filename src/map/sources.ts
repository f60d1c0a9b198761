// The map's GeoJSON sources (style spec "Sources", type geojson), added once. New boundaries or a new
// set of zones replace a source's data; everything that changes with the user's choices goes through
// feature state instead (featureState.ts).
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { labelPoints, type ProvinceCollection } from '../core/geo/provinces';
import type { ZoneFeatureProperties } from '../core/zones/features';
import type { LogisticsFeatureProperties, ZoneFocus } from '../core/logistics/features';
import type { Context } from './boundaries';
import { SOURCE } from './ids';

export type ZoneCollection = FeatureCollection<Point, ZoneFeatureProperties>;
export interface Zones {
  parks: ZoneCollection;
  kkt: ZoneCollection;
}

export type LogisticsCollection = FeatureCollection<Point, LogisticsFeatureProperties>;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const NO_ZONES: Zones = {
  parks: { type: 'FeatureCollection', features: [] },
  kkt: { type: 'FeatureCollection', features: [] },
};

/**
 * Viet Nam and its neighbours as one collection, Viet Nam last (drawn on top), each feature tagged
 * `context: 'vietnam' | 'neighbour'`: one source and one layer instead of two of each is half the tiles
 * to cut and draw for a backdrop that never changes.
 */
function contextCollection(context: Context): FeatureCollection {
  const tagged = (collection: FeatureCollection, kind: 'vietnam' | 'neighbour') =>
    collection.features.map((f) => ({ ...f, properties: { ...f.properties, context: kind } }));
  return { type: 'FeatureCollection', features: [...tagged(context.neighbours, 'neighbour'), ...tagged(context.vietnam, 'vietnam')] };
}

/**
 * How far (in 1/512 of a tile) each tile of the polygon sources reaches past its edges. MapLibre's default,
 * 128, copies a quarter tile of every neighbour into each tile: at the first view that doubled the
 * vertices to cut, upload and draw in every frame. Fills and lines are clipped at the tile's edge when
 * drawn, so the buffer only has to outreach the widest line (3.5 px, offset 2.5 px).
 */
const POLYGON_BUFFER = 16;

/** Feature ids come from a property (`promoteId`), so feature state is keyed by GSO code or zone id. */
function sourceSpecs(context: Context, provinces: ProvinceCollection, zones: Zones, logistics: LogisticsCollection): Record<string, GeoJSONSourceSpecification> {
  return {
    [SOURCE.context]: { type: 'geojson', data: contextCollection(context), buffer: POLYGON_BUFFER },
    [SOURCE.provinces]: { type: 'geojson', data: provinces, promoteId: 'code', buffer: POLYGON_BUFFER },
    [SOURCE.provinceLabels]: { type: 'geojson', data: labelPoints(provinces) },
    // Parks cluster at low zooms, where dozens of them share a few pixels.
    [SOURCE.zones]: { type: 'geojson', data: zones.parks, promoteId: 'id', cluster: true, clusterRadius: 36, clusterMaxZoom: 9 },
    [SOURCE.kkt]: { type: 'geojson', data: zones.kkt, promoteId: 'id' },
    [SOURCE.logistics]: { type: 'geojson', data: logistics, promoteId: 'id' },
    [SOURCE.focusZone]: { type: 'geojson', data: empty() },
    [SOURCE.focusLinks]: { type: 'geojson', data: empty() },
  };
}

export function addSources(map: MapLibreMap, context: Context, provinces: ProvinceCollection, zones: Zones, logistics: LogisticsCollection): void {
  for (const [id, spec] of Object.entries(sourceSpecs(context, provinces, zones, logistics))) map.addSource(id, spec);
}

export function geojsonSource(map: MapLibreMap, id: string): GeoJSONSource {
  const source = map.getSource<GeoJSONSource>(id);
  if (!source) throw new Error(`the map has no source "${id}"`);
  return source;
}

export function setProvinceData(map: MapLibreMap, provinces: ProvinceCollection): void {
  geojsonSource(map, SOURCE.provinces).setData(provinces);
  geojsonSource(map, SOURCE.provinceLabels).setData(labelPoints(provinces));
}

export function setZoneData(map: MapLibreMap, zones: Zones): void {
  geojsonSource(map, SOURCE.zones).setData(zones.parks);
  geojsonSource(map, SOURCE.kkt).setData(zones.kkt);
}

export function setLogisticsData(map: MapLibreMap, logistics: LogisticsCollection): void {
  geojsonSource(map, SOURCE.logistics).setData(logistics);
}

/** The opened zone's point and ring, and its straight lines; empty when no zone (or no located zone) is open. */
export function setFocusData(map: MapLibreMap, focus: ZoneFocus | null): void {
  geojsonSource(map, SOURCE.focusZone).setData(
    focus
      ? { type: 'Feature', properties: { id: focus.id, precision_m: focus.precisionM }, geometry: { type: 'Point', coordinates: focus.at } }
      : empty(),
  );
  geojsonSource(map, SOURCE.focusLinks).setData(focus ? focus.links : empty());
}

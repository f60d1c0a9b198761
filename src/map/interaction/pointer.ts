// The pointer: hover marks a delta province and reports it (for the tooltip); a click opens a cluster
// of zones, opens a logistics point's card, selects a zone, or selects a delta province (or clears the
// selection outside the delta).
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { Point } from 'geojson';
import type { ProvinceProperties } from '../../core/geo/provinces';
import type { ProvinceStates } from '../featureState';
import { LAYER, SOURCE } from '../ids';
import { geojsonSource } from '../sources';

export interface PointerHandlers {
  onSelect: (code: string | null) => void;
  onSelectZone?: (id: string | null) => void;
  onSelectLogistics?: (id: string) => void;
  onHover?: (code: string | null, point: { x: number; y: number } | null) => void;
}

/** The province under a point that can be chosen: a delta province, or any the choropleth shows (the whole country); others are context. */
function regionProvinceAt(map: MapLibreMap, provinces: ProvinceStates, point: PointLike): string | null {
  const features: MapGeoJSONFeature[] = map.queryRenderedFeatures(point, { layers: [LAYER.provincesFill] });
  const target = features.find((f) => provinces.isTarget(String((f.properties as ProvinceProperties).code), (f.properties as ProvinceProperties).in_region));
  return target ? String((target.properties as ProvinceProperties).code) : null;
}

/** The layers whose features take a click. */
const TARGET_LAYERS = [LAYER.zonePoints, LAYER.zoneClusters, LAYER.kktArea, LAYER.logisticsPoints];

/** Binds hover and click; returns the unbinding. */
export function bindPointer(map: MapLibreMap, provinces: ProvinceStates, handlers: PointerHandlers): () => void {
  const canvas = map.getCanvas();

  const onMove = (event: MapMouseEvent) => {
    const zoneHit = map.queryRenderedFeatures(event.point, { layers: TARGET_LAYERS }).length > 0;
    const code = zoneHit ? null : regionProvinceAt(map, provinces, event.point);
    canvas.style.cursor = zoneHit || code ? 'pointer' : '';
    if (code !== provinces.hovered) provinces.mark('hover', code);
    handlers.onHover?.(code, code ? { x: event.point.x, y: event.point.y } : null);
  };

  const onLeave = () => {
    provinces.mark('hover', null);
    handlers.onHover?.(null, null);
  };

  const onClick = async (event: MapMouseEvent) => {
    const cluster = map.queryRenderedFeatures(event.point, { layers: [LAYER.zoneClusters] })[0];
    if (cluster) {
      const source: GeoJSONSource = geojsonSource(map, SOURCE.zones);
      const zoom = await source.getClusterExpansionZoom(cluster.properties.cluster_id as number);
      map.easeTo({ center: (cluster.geometry as Point).coordinates as [number, number], zoom });
      return;
    }
    // A hidden layer (`layers=` without logistics) renders nothing, so nothing of it is hit.
    const point = map.queryRenderedFeatures(event.point, { layers: [LAYER.logisticsPoints] })[0];
    if (point) {
      handlers.onSelectLogistics?.(String(point.properties.id));
      return;
    }
    const zone = map.queryRenderedFeatures(event.point, { layers: [LAYER.zonePoints, LAYER.kktArea] })[0];
    if (zone) {
      handlers.onSelectZone?.(String(zone.properties.id));
      return;
    }
    handlers.onSelect(regionProvinceAt(map, provinces, event.point));
  };

  map.on('mousemove', onMove);
  map.on('click', onClick);
  canvas.addEventListener('mouseleave', onLeave);
  return () => {
    map.off('mousemove', onMove);
    map.off('click', onClick);
    canvas.removeEventListener('mouseleave', onLeave);
  };
}

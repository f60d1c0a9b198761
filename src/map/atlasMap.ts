// The MapLibre adapter: creates the map, adds the boundary sources and layers, and reports events.
// It holds no business rules: what is selected and in which language comes from the caller.
import type { Map as MapLibreMap, MapGeoJSONFeature, LngLatBoundsLike } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { baseStyle, COLORS, LABEL_FONT } from './style';
import { labelPoints, regionBounds, type ProvinceProperties } from './geometry';

export interface AtlasMapOptions {
  container: HTMLElement;
  edition: 'pre2025' | 'post2025';
  lang: 'vi' | 'en';
  selected: string | null;
  attribution: string[];
  baseUrl: string;
  onSelect: (code: string | null) => void;
  /** Called with 'busy' when the map starts drawing new data and 'idle' once it has drawn it. */
  onState: (state: 'loading' | 'busy' | 'idle' | 'error', message?: string) => void;
}

export interface AtlasMap {
  setSelected(code: string | null): void;
  setLang(lang: 'vi' | 'en'): void;
  setEdition(edition: 'pre2025' | 'post2025'): Promise<void>;
  destroy(): void;
  readonly map: MapLibreMap;
}

type ProvinceCollection = FeatureCollection<Geometry, ProvinceProperties>;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function toCollection(topology: Topology, objectName: string): FeatureCollection {
  const object = topology.objects[objectName];
  if (!object) throw new Error(`TopoJSON has no object "${objectName}"`);
  return feature(topology, object) as unknown as FeatureCollection;
}

export async function createAtlasMap(options: AtlasMapOptions): Promise<AtlasMap> {
  options.onState('loading');
  const [maplibre, workerUrl] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  // Without an explicit worker URL maplibre-gl 6 never fires `load` in a Vite build (RECIPE pitfall 3).
  maplibre.setWorkerUrl(workerUrl);

  const geoUrl = (name: string) => `${options.baseUrl}geo/${name}`;
  const [context, provincesTopo] = await Promise.all([
    fetchJson<Topology>(geoUrl('context.topo.json')),
    fetchJson<Topology>(geoUrl(`provinces-${options.edition}.topo.json`)),
  ]);
  let provinces = toCollection(provincesTopo, 'provinces') as ProvinceCollection;
  let edition = options.edition;
  let lang = options.lang;
  let selected: string | null = options.selected;
  let hovered: string | null = null;

  const map = new maplibre.Map({
    container: options.container,
    style: baseStyle(),
    bounds: regionBounds(provinces) as LngLatBoundsLike,
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 13,
    minZoom: 4,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibre.AttributionControl({ compact: false, customAttribution: options.attribution }));
  map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');

  const labelField = () => ['get', lang === 'vi' ? 'name_vi' : 'name_en'] as unknown as string;

  function markBusyUntilIdle() {
    options.onState('busy');
    map.once('idle', () => options.onState('idle'));
    map.triggerRepaint();
  }

  function applySelection(previous: string | null) {
    if (previous !== null) map.setFeatureState({ source: 'provinces', id: previous }, { selected: false });
    if (selected !== null) map.setFeatureState({ source: 'provinces', id: selected }, { selected: true });
  }

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('map error')));
  });

  map.addSource('neighbours', { type: 'geojson', data: toCollection(context, 'neighbours') });
  map.addSource('vietnam', { type: 'geojson', data: toCollection(context, 'vietnam') });
  map.addSource('provinces', { type: 'geojson', data: provinces, promoteId: 'code' });
  map.addSource('province-labels', { type: 'geojson', data: labelPoints(provinces) });

  map.addLayer({ id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': COLORS.neighbour } });
  map.addLayer({ id: 'vietnam-fill', type: 'fill', source: 'vietnam', paint: { 'fill-color': COLORS.vietnam } });
  map.addLayer({
    id: 'provinces-fill',
    type: 'fill',
    source: 'provinces',
    paint: {
      'fill-color': [
        'case',
        ['boolean', ['feature-state', 'selected'], false],
        COLORS.selected,
        ['boolean', ['feature-state', 'hover'], false],
        COLORS.hover,
        ['get', 'in_region'],
        COLORS.regionProvince,
        COLORS.province,
      ],
    },
  });
  map.addLayer({
    id: 'provinces-outline',
    type: 'line',
    source: 'provinces',
    paint: {
      'line-color': ['case', ['get', 'in_region'], COLORS.regionOutline, COLORS.otherOutline],
      'line-width': ['case', ['get', 'in_region'], 1.2, 0.6],
    },
  });
  map.addLayer({
    id: 'provinces-selected-outline',
    type: 'line',
    source: 'provinces',
    paint: {
      'line-color': COLORS.selectedOutline,
      'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
    },
  });
  map.addLayer({
    id: 'province-labels',
    type: 'symbol',
    source: 'province-labels',
    filter: ['get', 'in_region'],
    layout: {
      'text-field': labelField(),
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 9, 15],
      'text-max-width': 7,
      'text-allow-overlap': false,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.6 },
  });
  applySelection(null);

  const regionFeatureAt = (features: MapGeoJSONFeature[]) =>
    features.find((f) => (f.properties as ProvinceProperties).in_region);

  map.on('mousemove', 'provinces-fill', (event) => {
    const target = regionFeatureAt(event.features ?? []);
    const code = target ? String((target.properties as ProvinceProperties).code) : null;
    if (code === hovered) return;
    if (hovered !== null) map.setFeatureState({ source: 'provinces', id: hovered }, { hover: false });
    hovered = code;
    if (hovered !== null) map.setFeatureState({ source: 'provinces', id: hovered }, { hover: true });
    map.getCanvas().style.cursor = hovered ? 'pointer' : '';
  });
  map.on('mouseleave', 'provinces-fill', () => {
    if (hovered !== null) map.setFeatureState({ source: 'provinces', id: hovered }, { hover: false });
    hovered = null;
    map.getCanvas().style.cursor = '';
  });
  map.on('click', (event) => {
    const target = regionFeatureAt(map.queryRenderedFeatures(event.point, { layers: ['provinces-fill'] }));
    options.onSelect(target ? String((target.properties as ProvinceProperties).code) : null);
  });

  markBusyUntilIdle();
  (window as unknown as { __map?: MapLibreMap }).__map = map;

  return {
    map,
    setSelected(code) {
      if (code === selected) return;
      const previous = selected;
      selected = code;
      applySelection(previous);
      markBusyUntilIdle();
    },
    setLang(next) {
      if (next === lang) return;
      lang = next;
      map.setLayoutProperty('province-labels', 'text-field', labelField());
      markBusyUntilIdle();
    },
    async setEdition(next) {
      if (next === edition) return;
      edition = next;
      options.onState('busy');
      const topology = await fetchJson<Topology>(geoUrl(`provinces-${next}.topo.json`));
      provinces = toCollection(topology, 'provinces') as ProvinceCollection;
      hovered = null;
      (map.getSource('provinces') as import('maplibre-gl').GeoJSONSource).setData(provinces);
      (map.getSource('province-labels') as import('maplibre-gl').GeoJSONSource).setData(labelPoints(provinces));
      map.removeFeatureState({ source: 'provinces' });
      applySelection(null);
      markBusyUntilIdle();
    },
    destroy() {
      map.remove();
    },
  };
}

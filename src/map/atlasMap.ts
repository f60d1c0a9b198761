// The MapLibre adapter: creates the map, adds sources and layers, applies what the caller computed
// (selection, choropleth, zones) and reports user actions. It holds no business rules.
import type { Map as MapLibreMap, MapGeoJSONFeature, LngLatBoundsLike, GeoJSONSource, ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { baseStyle } from './style';
import { labelPoints, regionBounds, type ProvinceProperties } from './geometry';
import { kktLabel, provinceLayers, zoneLayers } from './layers';
import { HATCH_IMAGE, hatchImage } from './hatch';
import { nextProvince, type Direction, type NavPoint } from '../core/map/keyboardNav';
import type { ProvinceStyle } from '../core/map/choropleth';
import type { ZoneFeatureProperties } from '../core/map/zoneFeatures';

type ZoneCollection = FeatureCollection<Point, ZoneFeatureProperties>;

export interface AtlasMapOptions {
  container: HTMLElement;
  edition: 'pre2025' | 'post2025';
  lang: 'vi' | 'en';
  selected: string | null;
  attribution: string[];
  baseUrl: string;
  /** An optional basemap style (build-time configuration); without it the map requests nothing. */
  basemapStyleUrl?: string;
  zones?: { parks: ZoneCollection; kkt: ZoneCollection };
  selectedZone?: string | null;
  onSelect: (code: string | null) => void;
  onSelectZone?: (id: string | null) => void;
  onHover?: (code: string | null, point: { x: number; y: number } | null) => void;
  onFocusProvince?: (code: string | null) => void;
  /** Called with 'busy' when the map starts drawing new data and 'idle' once it has drawn it. */
  onState: (state: 'loading' | 'busy' | 'idle' | 'error', message?: string) => void;
}

export interface AtlasMap {
  setSelected(code: string | null): void;
  setLang(lang: 'vi' | 'en'): void;
  setEdition(edition: 'pre2025' | 'post2025'): Promise<void>;
  setChoropleth(byCode: Record<string, ProvinceStyle>): void;
  setZones(parks: ZoneCollection, kkt: ZoneCollection): void;
  setSelectedZone(id: string | null): void;
  destroy(): void;
  readonly map: MapLibreMap;
}

type ProvinceCollection = FeatureCollection<Geometry, ProvinceProperties>;
const EMPTY: ZoneCollection = { type: 'FeatureCollection', features: [] };
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

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
  let navPoints: NavPoint[] = [];
  let edition = options.edition;
  let lang = options.lang;
  let selected: string | null = options.selected;
  let selectedZone: string | null = options.selectedZone ?? null;
  let hovered: string | null = null;
  let focused: string | null = null;
  let choropleth: Record<string, ProvinceStyle> = {};
  let zoneData = options.zones ?? { parks: EMPTY, kkt: EMPTY };

  const map = new maplibre.Map({
    container: options.container,
    style: options.basemapStyleUrl || baseStyle(),
    bounds: regionBounds(provinces) as LngLatBoundsLike,
    // Room on the left for the legend that sits over the map.
    fitBoundsOptions: { padding: { top: 24, bottom: 24, right: 24, left: Math.min(260, options.container.clientWidth * 0.3) } },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 14,
    minZoom: 4,
  });
  map.touchZoomRotate.disableRotation();
  // Arrow keys move between provinces (below); panning moves to Shift+arrows.
  map.keyboard.disable();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibre.AttributionControl({ compact: false, customAttribution: options.attribution }));
  map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');

  const labelField = (): ExpressionSpecification => ['get', lang === 'vi' ? 'name_vi' : 'name_en'];
  const locale = () => (lang === 'vi' ? 'vi-VN' : 'en-US');

  function markBusyUntilIdle() {
    options.onState('busy');
    map.once('idle', () => options.onState('idle'));
    map.triggerRepaint();
  }

  const setState = (id: string, state: Record<string, unknown>) => map.setFeatureState({ source: 'provinces', id }, state);

  function applyProvinceState() {
    for (const f of provinces.features) {
      const code = f.properties.code;
      const style = choropleth[code];
      setState(code, {
        selected: code === selected,
        fill: style?.fill ?? null,
        noData: f.properties.in_region && Object.keys(choropleth).length > 0 ? (style?.noData ?? true) : false,
        contested: style?.contested ?? false,
        partial: style?.partial ?? false,
        focus: code === focused,
      });
    }
  }

  function updateNavPoints() {
    navPoints = labelPoints(provinces)
      .features.filter((f) => f.properties.in_region)
      .map((f) => ({ code: f.properties.code, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
  }

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('map error')));
  });

  map.addImage(HATCH_IMAGE, hatchImage());
  map.addSource('neighbours', { type: 'geojson', data: toCollection(context, 'neighbours') });
  map.addSource('vietnam', { type: 'geojson', data: toCollection(context, 'vietnam') });
  map.addSource('provinces', { type: 'geojson', data: provinces, promoteId: 'code' });
  map.addSource('province-labels', { type: 'geojson', data: labelPoints(provinces) });
  map.addSource('zones', {
    type: 'geojson',
    data: options.zones?.parks ?? EMPTY,
    promoteId: 'id',
    cluster: true,
    clusterRadius: 36,
    clusterMaxZoom: 9,
  });
  map.addSource('kkt', { type: 'geojson', data: options.zones?.kkt ?? EMPTY, promoteId: 'id' });

  const neighbourFill = options.basemapStyleUrl ? 0 : 1;
  map.addLayer({ id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#ecebe6', 'fill-opacity': neighbourFill } });
  map.addLayer({ id: 'vietnam-fill', type: 'fill', source: 'vietnam', paint: { 'fill-color': '#f7f6f2', 'fill-opacity': neighbourFill } });
  for (const layer of provinceLayers(labelField())) map.addLayer(layer);
  for (const layer of zoneLayers(labelField(), locale())) map.addLayer(layer);
  updateNavPoints();
  applyProvinceState();
  if (selectedZone) setZoneSelected(selectedZone, true);

  function setZoneSelected(id: string, value: boolean) {
    for (const source of ['zones', 'kkt']) map.setFeatureState({ source, id }, { selected: value });
  }

  const regionFeatureAt = (features: MapGeoJSONFeature[]) =>
    features.find((f) => (f.properties as ProvinceProperties).in_region);

  map.on('mousemove', (event) => {
    const zoneHit = map.queryRenderedFeatures(event.point, { layers: ['zone-points', 'zone-clusters', 'kkt-area'] });
    const target = zoneHit.length ? undefined : regionFeatureAt(map.queryRenderedFeatures(event.point, { layers: ['provinces-fill'] }));
    const code = target ? String((target.properties as ProvinceProperties).code) : null;
    map.getCanvas().style.cursor = zoneHit.length || code ? 'pointer' : '';
    if (code !== hovered) {
      if (hovered !== null) setState(hovered, { hover: false });
      hovered = code;
      if (hovered !== null) setState(hovered, { hover: true });
    }
    options.onHover?.(code, code ? { x: event.point.x, y: event.point.y } : null);
  });
  map.getCanvas().addEventListener('mouseleave', () => {
    if (hovered !== null) setState(hovered, { hover: false });
    hovered = null;
    options.onHover?.(null, null);
  });

  map.on('click', async (event) => {
    const cluster = map.queryRenderedFeatures(event.point, { layers: ['zone-clusters'] })[0];
    if (cluster) {
      const zoom = await (map.getSource('zones') as GeoJSONSource).getClusterExpansionZoom(cluster.properties.cluster_id as number);
      map.easeTo({ center: (cluster.geometry as Point).coordinates as [number, number], zoom });
      return;
    }
    const zone = map.queryRenderedFeatures(event.point, { layers: ['zone-points', 'kkt-area'] })[0];
    if (zone) {
      options.onSelectZone?.(String(zone.properties.id));
      return;
    }
    const target = regionFeatureAt(map.queryRenderedFeatures(event.point, { layers: ['provinces-fill'] }));
    options.onSelect(target ? String((target.properties as ProvinceProperties).code) : null);
  });

  // Keyboard (the canvas is the map's one tab stop): arrows move between provinces, Enter selects,
  // Escape clears, Shift+arrows pan, +/- zoom. Input-method composition (Telex, VNI) is left alone.
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-roledescription', 'map');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) {
      const step = 120;
      const offsets: Record<Direction, [number, number]> = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] };
      map.panBy(offsets[direction]);
    } else if (direction) {
      const next = nextProvince(navPoints, focused ?? selected, direction);
      if (focused !== null) setState(focused, { focus: false });
      focused = next;
      if (focused !== null) setState(focused, { focus: true });
      options.onFocusProvince?.(focused);
    } else if (event.key === 'Enter' && focused !== null) {
      options.onSelect(focused);
    } else if (event.key === 'Escape') {
      if (focused !== null) setState(focused, { focus: false });
      focused = null;
      options.onFocusProvince?.(null);
      options.onSelect(null);
    } else if (event.key === '+' || event.key === '=') {
      map.zoomIn();
    } else if (event.key === '-') {
      map.zoomOut();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };
  canvas.addEventListener('keydown', onKeyDown);
  canvas.addEventListener('blur', () => {
    if (focused !== null) setState(focused, { focus: false });
    focused = null;
    options.onFocusProvince?.(null);
  });

  markBusyUntilIdle();
  (window as unknown as { __map?: MapLibreMap }).__map = map;

  return {
    map,
    setSelected(code) {
      if (code === selected) return;
      if (selected !== null) setState(selected, { selected: false });
      selected = code;
      if (selected !== null) setState(selected, { selected: true });
      markBusyUntilIdle();
    },
    setLang(next) {
      if (next === lang) return;
      lang = next;
      map.setLayoutProperty('province-labels', 'text-field', labelField());
      map.setLayoutProperty('kkt-symbol', 'text-field', kktLabel(labelField(), locale()));
      markBusyUntilIdle();
    },
    async setEdition(next) {
      if (next === edition) return;
      edition = next;
      options.onState('busy');
      const topology = await fetchJson<Topology>(geoUrl(`provinces-${next}.topo.json`));
      provinces = toCollection(topology, 'provinces') as ProvinceCollection;
      hovered = null;
      focused = null;
      map.removeFeatureState({ source: 'provinces' });
      (map.getSource('provinces') as GeoJSONSource).setData(provinces);
      (map.getSource('province-labels') as GeoJSONSource).setData(labelPoints(provinces));
      updateNavPoints();
      applyProvinceState();
      markBusyUntilIdle();
    },
    setChoropleth(byCode) {
      choropleth = byCode;
      applyProvinceState();
      markBusyUntilIdle();
    },
    setZones(parks, kkt) {
      zoneData = { parks, kkt };
      (map.getSource('zones') as GeoJSONSource).setData(parks);
      (map.getSource('kkt') as GeoJSONSource).setData(kkt);
      if (selectedZone) setZoneSelected(selectedZone, true);
      markBusyUntilIdle();
    },
    setSelectedZone(id) {
      if (id === selectedZone) return;
      if (selectedZone) setZoneSelected(selectedZone, false);
      selectedZone = id;
      if (selectedZone) {
        setZoneSelected(selectedZone, true);
        // Bring the chosen zone into view, close enough to separate it from its cluster.
        const found = [...zoneData.parks.features, ...zoneData.kkt.features].find((f) => f.properties.id === id);
        if (found) map.easeTo({ center: found.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), found.properties.kind === 'KKT' ? 9 : 10.5) });
      }
      markBusyUntilIdle();
    },
    destroy() {
      canvas.removeEventListener('keydown', onKeyDown);
      map.remove();
    },
  };
}

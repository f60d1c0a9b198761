// The MapLibre adapter: the one module the app imports (lazily, as its own chunk). It puts the parts
// together (setup, sources, layers, feature state, pointer and keyboard), applies what the caller
// computed (selection, choropleth, zones, logistics, an opened zone's surroundings) and reports user
// actions. It holds no business rules.
import type { DataDrivenPropertyValueSpecification, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { ProvinceStyle } from '../core/choropleth/choropleth';
import type { Edition, Extent, LogisticsPoint } from '../core/data/types';
import { logisticsFeatures, zoneFocus, type FocusInput, type ZoneFocus } from '../core/logistics/features';
import { regionNavPoints } from '../core/geo/keyboardNav';
import { countryBounds, provinceBounds, regionBounds, type ProvinceCollection } from '../core/geo/provinces';
import { sameValue } from '../core/byValue';
import { scaledSize } from '../core/present/mapScale';
import type { Lang } from '../i18n/messages';
import { fetchContext, fetchProvinces } from './boundaries';
import { ProvinceStates, ZoneSelection } from './featureState';
import { hatchImage } from './hatch';
import { IMAGE, LAYER, LOGISTICS_LAYERS } from './ids';
import { addImages } from './images';
import { bindKeyboard } from './interaction/keyboard';
import { bindPointer } from './interaction/pointer';
import { clusterCountLayer, contextLayers, kktLabel, nameField, provinceLabelLayer, provinceLayers, zoneLayers } from './layers';
import { focusLayers, linkLabel, linkLabelLayer, logisticsLabel, logisticsLayers, logisticsSymbolLayer } from './logistics';
import { createMap, keyPadding, loadMapLibre } from './setup';
import {
  addSources, NO_ZONES, setFocusData, setLogisticsData, setProvinceData, setZoneData,
  type ZoneCollection, type Zones,
} from './sources';
import { exposeForTests } from './testHooks';

export interface AtlasMapOptions {
  container: HTMLElement;
  edition: Edition;
  lang: Lang;
  selected: string | null;
  /** The region (framed on the delta) or the whole country (framed on Viet Nam). */
  extent?: Extent;
  attribution: string[];
  baseUrl: string;
  /** An optional basemap style (build-time configuration); without it the map requests nothing. */
  basemapStyleUrl?: string;
  zones?: Zones;
  selectedZone?: string | null;
  logistics?: LogisticsPoint[];
  /** Optional layers shown (`logistics`). */
  layers?: readonly string[];
  /** The stage's magnification when the map opens in presenter mode (core/present/stage.ts). */
  labelScale?: number;
  onSelect: (code: string | null) => void;
  onSelectZone?: (id: string | null) => void;
  onSelectLogistics?: (id: string) => void;
  onHover?: (code: string | null, point: { x: number; y: number } | null) => void;
  onFocusProvince?: (code: string | null) => void;
  /** Called with 'busy' when the map starts drawing new data and 'idle' once it has drawn it. */
  onState: (state: 'loading' | 'busy' | 'idle' | 'error', message?: string) => void;
}

export interface AtlasMap {
  setSelected(code: string | null): void;
  setLang(lang: Lang): void;
  setEdition(edition: Edition): Promise<void>;
  /** Frames the delta or the whole country. */
  setExtent(extent: Extent): void;
  setChoropleth(byCode: Record<string, ProvinceStyle>): void;
  setZones(parks: ZoneCollection, kkt: ZoneCollection): void;
  /** Opens a zone: marks it and, given its focus, frames it with its province and nearest airport and seaport. */
  setSelectedZone(id: string | null, focus?: FocusInput | null): void;
  setLogistics(points: LogisticsPoint[]): void;
  setLayers(layers: readonly string[]): void;
  /** The stage's magnification (core/present/stage.ts): labels, and the bubbles that hold a count, grow by it. */
  setLabelScale(scale: number): void;
  destroy(): void;
  readonly map: MapLibreMap;
}

const boundsFor = (collection: ProvinceCollection, extent: Extent) => (extent === 'country' ? countryBounds(collection) : regionBounds(collection));

export async function createAtlasMap(options: AtlasMapOptions): Promise<AtlasMap> {
  options.onState('loading');
  const [maplibre, context, firstProvinces] = await Promise.all([
    loadMapLibre(),
    fetchContext(options.baseUrl),
    fetchProvinces(options.baseUrl, options.edition),
  ]);
  const map = await createMap(maplibre, {
    container: options.container,
    bounds: boundsFor(firstProvinces, options.extent ?? 'region') as LngLatBoundsLike,
    attribution: options.attribution,
    basemapStyleUrl: options.basemapStyleUrl,
    labelScale: options.labelScale,
  });

  let edition = options.edition;
  let lang = options.lang;
  let zones = options.zones ?? NO_ZONES;
  let extent: Extent = options.extent ?? 'region';

  let logisticsShown = (options.layers ?? []).includes('logistics');
  let points: LogisticsPoint[] = options.logistics ?? [];
  let focusInput: FocusInput | null = null;
  let focus: ZoneFocus | null = null;

  map.addImage(IMAGE.noDataHatch, hatchImage());
  await addImages(map);
  addSources(map, context, firstProvinces, zones, logisticsFeatures(points));
  // Bottom to top. MapLibre places the topmost symbols first: the cluster counts claim their bubbles, then
  // province names find a free spot beside them; logistics symbols never push a name away.
  for (const layer of [
    ...contextLayers(Boolean(options.basemapStyleUrl)),
    ...provinceLayers(lang),
    ...zoneLayers(lang),
    ...logisticsLayers(logisticsShown),
    ...focusLayers(),
    logisticsSymbolLayer(lang, logisticsShown),
    provinceLabelLayer(lang),
    clusterCountLayer(),
    linkLabelLayer(lang, logisticsShown),
  ]) map.addLayer(layer);

  // What grows on the stage: every label's text, and the cluster bubbles with the disc under their count.
  type Sized = { layer: string; paint: false; property: 'text-size' | 'icon-size' } | { layer: string; paint: true; property: 'circle-radius' };
  const sized: Sized[] = [
    ...[LAYER.provinceLabels, LAYER.kktSymbol, LAYER.logisticsPoints, LAYER.zoneClusterCount, LAYER.focusLinkLabels].map((layer) => ({ layer, paint: false as const, property: 'text-size' as const })),
    { layer: LAYER.zoneClusterCount, paint: false, property: 'icon-size' },
    { layer: LAYER.zoneClusters, paint: true, property: 'circle-radius' },
  ];
  const scaled = sized.map((entry) => ({ entry, base: entry.paint ? map.getPaintProperty(entry.layer, entry.property) : map.getLayoutProperty(entry.layer, entry.property) }));
  let labelScale = 1;
  function applyLabelScale() {
    for (const { entry, base } of scaled) {
      // A size expression scaled stop by stop, still a size expression (core/present/stage.ts).
      const value = scaledSize(base, labelScale) as DataDrivenPropertyValueSpecification<number>;
      if (entry.paint) map.setPaintProperty(entry.layer, entry.property, value);
      else map.setLayoutProperty(entry.layer, entry.property, value);
    }
  }
  if (options.labelScale && options.labelScale !== 1) {
    labelScale = options.labelScale;
    applyLabelScale();
  }

  const provinces = new ProvinceStates(map, firstProvinces, options.selected);
  const zoneSelection = new ZoneSelection(map, options.selectedZone ?? null);
  provinces.applyAll();
  zoneSelection.apply();

  /**
   * With the whole country framed, the delta's zone bubbles would cover the provinces' colours: the zone layers
   * show from one zoom step in (the legend says so). The opened zone is drawn by its own layers, always.
   */
  // A layer's zoom range changed reloads its source's tiles: set only when it differs (never on a region start).
  const kktSymbolMinzoom = map.getLayer(LAYER.kktSymbol)?.minzoom ?? 0;
  let zoneMinzoom = 0;
  function applyZoneZoomRange() {
    const country = extent === 'country' ? map.cameraForBounds(boundsFor(provinces.collection, 'country') as LngLatBoundsLike, { padding: keyPadding(options.container) }) : undefined;
    // In quarter steps: a resize re-frames the country, and only a change of a quarter step reloads the tiles.
    const minzoom = country?.zoom !== undefined ? Math.round((country.zoom + 1) * 4) / 4 : 0;
    if (minzoom === zoneMinzoom) return;
    zoneMinzoom = minzoom;
    for (const id of [LAYER.kktArea, LAYER.zoneClusters, LAYER.zoneClusterCount, LAYER.zonePrecision, LAYER.zonePoints]) map.setLayerZoomRange(id, minzoom, 24);
    map.setLayerZoomRange(LAYER.kktSymbol, Math.max(kktSymbolMinzoom, minzoom), 24);
  }
  applyZoneZoomRange();
  // The country's frame depends on the map's size (a phone turned, a window dragged to the projector).
  map.on('resize', applyZoneZoomRange);

  const unbindPointer = bindPointer(map, provinces, options);
  // The arrow keys reach the provinces the pointer can choose (the delta, or every province the choropleth shows).
  const unbindKeyboard = bindKeyboard(map, provinces, () => regionNavPoints(provinces.collection, provinces.isTarget), options);

  /** Frames the opened zone with its province outline and its nearest airport and seaport (not a close zoom on a dot). */
  function frame(next: ZoneFocus) {
    const province = next.provinceCode ? provinceBounds(provinces.collection, next.provinceCode) : null;
    const [[w, s], [e, n]] = next.bounds;
    const box: [[number, number], [number, number]] = province
      ? [[Math.min(w, province[0][0]), Math.min(s, province[0][1])], [Math.max(e, province[1][0]), Math.max(n, province[1][1])]]
      : next.bounds;
    // On the stage the zone's card takes a column beside the map as it opens: frame in the map's new size,
    // and clear of the legend, which is magnified there.
    map.resize();
    map.fitBounds(box, { padding: keyPadding(options.container, labelScale), maxZoom: 11.5, duration: 600 });
  }

  /** Draws the opened zone's ring, lines and province outline, and frames them. */
  function applyFocus() {
    focus = focusInput && zoneFocus(focusInput.zone, focusInput.distances, points, focusInput.provinceCode);
    setFocusData(map, focus);
    provinces.mark('framed', focus?.provinceCode ?? null);
    if (focus) frame(focus);
  }

  function markBusyUntilIdle() {
    options.onState('busy');
    map.once('idle', () => options.onState('idle'));
    map.triggerRepaint();
  }

  markBusyUntilIdle();
  exposeForTests(map);

  return {
    map,
    setSelected(code) {
      if (code === provinces.selected) return;
      provinces.mark('selected', code);
      markBusyUntilIdle();
    },
    setLang(next) {
      if (next === lang) return;
      lang = next;
      map.setLayoutProperty(LAYER.provinceLabels, 'text-field', nameField(lang));
      map.setLayoutProperty(LAYER.kktSymbol, 'text-field', kktLabel(lang));
      map.setLayoutProperty(LAYER.logisticsPoints, 'text-field', logisticsLabel(lang));
      map.setLayoutProperty(LAYER.focusLinkLabels, 'text-field', linkLabel(lang));
      markBusyUntilIdle();
    },
    async setEdition(next) {
      if (next === edition) return;
      edition = next;
      options.onState('busy');
      const nextProvinces = await fetchProvinces(options.baseUrl, next);
      provinces.replaceProvinces(nextProvinces);
      setProvinceData(map, nextProvinces);
      provinces.applyAll();
      markBusyUntilIdle();
    },
    setExtent(next) {
      if (next === extent) return;
      extent = next;
      applyZoneZoomRange();
      map.fitBounds(boundsFor(provinces.collection, extent) as LngLatBoundsLike, { padding: keyPadding(options.container), duration: 600 });
      markBusyUntilIdle();
    },
    setChoropleth(byCode) {
      provinces.setChoropleth(byCode);
      markBusyUntilIdle();
    },
    setZones(parks, kkt) {
      zones = { parks, kkt };
      setZoneData(map, zones);
      zoneSelection.apply();
      markBusyUntilIdle();
    },
    setSelectedZone(id, input = null) {
      const focusChanged = !sameValue(focusInput, input);
      if (id === zoneSelection.selected && !focusChanged) return;
      if (id !== zoneSelection.selected) zoneSelection.select(id);
      if (focusChanged) {
        focusInput = input;
        applyFocus();
      }
      markBusyUntilIdle();
    },
    setLogistics(next) {
      if (next === points) return;
      points = next;
      setLogisticsData(map, logisticsFeatures(points));
      // The opened zone's lines end at points that may only now be known.
      if (focusInput) applyFocus();
      markBusyUntilIdle();
    },
    setLayers(layers) {
      const shown = layers.includes('logistics');
      if (shown === logisticsShown) return;
      logisticsShown = shown;
      for (const layer of LOGISTICS_LAYERS) map.setLayoutProperty(layer, 'visibility', shown ? 'visible' : 'none');
      markBusyUntilIdle();
    },
    setLabelScale(scale) {
      if (scale === labelScale) return;
      labelScale = scale;
      applyLabelScale();
      // The stage is laid out anew around the map: once it is, the delta is framed again in the new size.
      requestAnimationFrame(() => {
        map.resize();
        if (!focus) map.fitBounds(regionBounds(provinces.collection) as LngLatBoundsLike, { padding: keyPadding(options.container, labelScale), duration: 0 });
      });
      markBusyUntilIdle();
    },
    destroy() {
      map.off('resize', applyZoneZoomRange);
      unbindPointer();
      unbindKeyboard();
      map.remove();
    },
  };
}

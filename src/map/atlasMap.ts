// The MapLibre adapter: the one module the app imports (lazily, as its own chunk). It puts the parts
// together (setup, sources, layers, feature state, pointer and keyboard), applies what the caller
// computed (selection, choropleth, zones) and reports user actions. It holds no business rules.
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { ProvinceStyle } from '../core/choropleth/choropleth';
import type { Edition } from '../core/data/types';
import { regionNavPoints } from '../core/geo/keyboardNav';
import { regionBounds } from '../core/geo/provinces';
import type { Lang } from '../i18n/messages';
import { fetchContext, fetchProvinces } from './boundaries';
import { ProvinceStates, ZoneSelection } from './featureState';
import { hatchImage } from './hatch';
import { IMAGE, LAYER } from './ids';
import { bindKeyboard } from './interaction/keyboard';
import { bindPointer } from './interaction/pointer';
import { contextLayers, kktLabel, nameField, provinceLayers, zoneLayers } from './layers';
import { createMap, loadMapLibre } from './setup';
import { addSources, NO_ZONES, setProvinceData, setZoneData, type ZoneCollection, type Zones } from './sources';
import { exposeForTests } from './testHooks';

export interface AtlasMapOptions {
  container: HTMLElement;
  edition: Edition;
  lang: Lang;
  selected: string | null;
  attribution: string[];
  baseUrl: string;
  /** An optional basemap style (build-time configuration); without it the map requests nothing. */
  basemapStyleUrl?: string;
  zones?: Zones;
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
  setLang(lang: Lang): void;
  setEdition(edition: Edition): Promise<void>;
  setChoropleth(byCode: Record<string, ProvinceStyle>): void;
  setZones(parks: ZoneCollection, kkt: ZoneCollection): void;
  setSelectedZone(id: string | null): void;
  destroy(): void;
  readonly map: MapLibreMap;
}

export async function createAtlasMap(options: AtlasMapOptions): Promise<AtlasMap> {
  options.onState('loading');
  const [maplibre, context, firstProvinces] = await Promise.all([
    loadMapLibre(),
    fetchContext(options.baseUrl),
    fetchProvinces(options.baseUrl, options.edition),
  ]);
  const map = await createMap(maplibre, {
    container: options.container,
    bounds: regionBounds(firstProvinces) as LngLatBoundsLike,
    attribution: options.attribution,
    basemapStyleUrl: options.basemapStyleUrl,
  });

  let edition = options.edition;
  let lang = options.lang;
  let zones = options.zones ?? NO_ZONES;
  let navPoints = regionNavPoints(firstProvinces);

  map.addImage(IMAGE.noDataHatch, hatchImage());
  addSources(map, context, firstProvinces, zones);
  for (const layer of [...contextLayers(Boolean(options.basemapStyleUrl)), ...provinceLayers(lang), ...zoneLayers(lang)]) map.addLayer(layer);

  const provinces = new ProvinceStates(map, firstProvinces, options.selected);
  const zoneSelection = new ZoneSelection(map, options.selectedZone ?? null);
  provinces.applyAll();
  zoneSelection.apply();

  const unbindPointer = bindPointer(map, provinces, options);
  const unbindKeyboard = bindKeyboard(map, provinces, () => navPoints, options);

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
      markBusyUntilIdle();
    },
    async setEdition(next) {
      if (next === edition) return;
      edition = next;
      options.onState('busy');
      const nextProvinces = await fetchProvinces(options.baseUrl, next);
      provinces.replaceProvinces(nextProvinces);
      setProvinceData(map, nextProvinces);
      navPoints = regionNavPoints(nextProvinces);
      provinces.applyAll();
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
    setSelectedZone(id) {
      if (id === zoneSelection.selected) return;
      zoneSelection.select(id);
      if (id) {
        // Bring the chosen zone into view, close enough to separate it from its cluster.
        const found = [...zones.parks.features, ...zones.kkt.features].find((f) => f.properties.id === id);
        if (found) map.easeTo({ center: found.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), found.properties.kind === 'KKT' ? 9 : 10.5) });
      }
      markBusyUntilIdle();
    },
    destroy() {
      unbindPointer();
      unbindKeyboard();
      map.remove();
    },
  };
}

// MapLibre (loaded with the map's own chunk) and the map itself: the offline base style or a configured
// basemap, the view of the delta, the controls. Resolves once the style has loaded, so that sources and
// layers can be added.
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { baseStyle } from './style';

type MapLibre = typeof import('maplibre-gl');

export async function loadMapLibre(): Promise<MapLibre> {
  const [maplibre, workerUrl] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url').then((m) => m.default as string),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]);
  // Without an explicit worker URL maplibre-gl 6 never fires `load` in a Vite build (RECIPE pitfall 3).
  maplibre.setWorkerUrl(workerUrl);
  // Start MapLibre's worker now, not when the map is constructed: it compiles its script (a few hundred
  // ms on a slow machine) while the boundaries are fetched and decoded, instead of after the map's first
  // long frames, which would hold its start back.
  maplibre.prewarm();
  return maplibre;
}

export interface MapSetup {
  container: HTMLElement;
  /** What the map first shows: the delta's provinces. */
  bounds: LngLatBoundsLike;
  attribution: string[];
  /** An optional basemap style (build-time configuration); without it the map requests nothing. */
  basemapStyleUrl?: string;
  /** The stage's magnification when the map opens in presenter mode. */
  labelScale?: number;
}

/** The narrow (phone) layout's media query, as in src/app/narrow.css. */
export const NARROW_QUERY = '(max-width: 50rem)';
// A phone's attribution folds into MapLibre's (i) button (compact when the map is at most 640 px wide).
const narrow = () => globalThis.matchMedia?.(NARROW_QUERY).matches ?? false;

/** Padding for framing the map: room on the left for the legend and the key that sit over it (magnified on the stage by `scale`). */
export function keyPadding(container: HTMLElement, scale = 1): { top: number; bottom: number; right: number; left: number } {
  // On a narrow screen the legend is folded into a button (narrow.css) and the zoom buttons are touch-sized.
  if (narrow()) return { top: 56, bottom: 40, right: 56, left: 10 };
  if (scale !== 1) return { top: 30, bottom: 40 * scale, right: 50, left: Math.min(330 * scale, container.clientWidth * 0.42) };
  return { top: 30, bottom: 40, right: 50, left: Math.min(290, container.clientWidth * 0.38) };
}

export async function createMap(maplibre: MapLibre, setup: MapSetup): Promise<MapLibreMap> {
  const map = new maplibre.Map({
    container: setup.container,
    style: setup.basemapStyleUrl || baseStyle(),
    bounds: setup.bounds,
    fitBoundsOptions: { padding: keyPadding(setup.container, setup.labelScale) },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 14,
    minZoom: 4,
    // Labels appear without a fade. With a fade, MapLibre places labels a slice at a time (2 ms a frame)
    // and animates their opacity: every label change then costs several frames, and a frame of software
    // WebGL (a projector's laptop without a GPU) costs 100–300 ms. Without one, placement is done in the
    // frame that needs it: the first complete map comes two to three frames sooner.
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibre.AttributionControl({ compact: narrow() ? undefined : false, customAttribution: setup.attribution }));
  map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (event) => reject(event.error ?? new Error('map error')));
  });
  // MapLibre opens a compact attribution at first (it would cover half a phone's map): closed, behind its (i) button.
  const compact = map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
  compact?.classList.remove('maplibregl-compact-show');
  compact?.removeAttribute('open');
  return map;
}

// Layer specifications (MapLibre style spec, "Layers"). Paint that changes with the data reads
// feature state, so a new year or metric restyles features without rebuilding a source.
import type { LayerSpecification, ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/messages';
import { LABEL_FONT } from './style';
import { IMAGE, LAYER, SOURCE } from './ids';
import { CLUSTER_COLORS, COLORS, FOCUS_COLORS, MARK_COLORS, STATUS_STROKE, ZONE_COLORS } from './palette';
import { CLUSTER_DISC_PX } from './images';

export const state = (name: string) => ['boolean', ['feature-state', name], false] as ExpressionSpecification;

/** Metres to pixels at the delta's latitude (≈ 21°N) on MapLibre's 512-pixel tiles. */
const METRES_PER_PIXEL_Z0 = 78271.517 * Math.cos((21 * Math.PI) / 180);
export const metresToPixels = (metres: ExpressionSpecification): ExpressionSpecification => [
  'interpolate', ['exponential', 2], ['zoom'],
  0, ['/', metres, METRES_PER_PIXEL_Z0],
  20, ['/', ['*', metres, 2 ** 20], METRES_PER_PIXEL_Z0],
];

/** As metresToPixels, never below `minPixels` (a stop per zoom level: zoom may not sit inside `max`). */
export function metresToPixelsAtLeast(metres: ExpressionSpecification, minPixels: number): ExpressionSpecification {
  const stops = Array.from({ length: 21 }, (_, zoom) => [zoom, ['max', minPixels, ['/', ['*', metres, 2 ** zoom], METRES_PER_PIXEL_Z0]]]);
  return ['interpolate', ['exponential', 2], ['zoom'], ...stops.flat()] as ExpressionSpecification;
}


/**
 * A layer that draws a feature-state mark (no data, partial, contested, hover or focus, selected) is
 * switched on only while some province carries the mark (featureState.ts). Its state-dependent paint
 * stays as it is; the switch is the layer's own opacity, a constant: MapLibre skips a layer whose layer
 * opacity is 0 and changes it without laying the source out again. Otherwise every frame would draw
 * these layers over all 63 provinces (tens of thousands of line vertices each at the first view) for nothing,
 * which with software WebGL on a projector's laptop costs about as much as the choropleth itself.
 */
const MARK_SWITCHES = {
  noData: { layer: LAYER.provincesNoData, property: 'fill-layer-opacity' },
  partial: { layer: LAYER.provincesPartial, property: 'line-layer-opacity' },
  contested: { layer: LAYER.provincesContested, property: 'line-layer-opacity' },
  hover: { layer: LAYER.provincesHover, property: 'line-layer-opacity' },
  selected: { layer: LAYER.provincesSelectedOutline, property: 'line-layer-opacity' },
  carried: { layer: LAYER.provincesCarried, property: 'line-layer-opacity' },
  framed: { layer: LAYER.provincesFramed, property: 'line-layer-opacity' },
} as const;
export type MarkState = keyof typeof MARK_SWITCHES | 'focus';

export function setMarkSwitch(map: MapLibreMap, mark: keyof typeof MARK_SWITCHES, on: boolean): void {
  const { layer, property } = MARK_SWITCHES[mark];
  map.setPaintProperty(layer, property, on ? 1 : 0);
}

/** Off until featureState.ts sees a mark; switched without a fade (a fade would be several frames). */
const switchedOff = <P extends string>(property: P) => ({ [property]: 0, [`${property}-transition`]: { duration: 0, delay: 0 } }) as Record<P, number>;

/** A place's name in the map's language (sources carry `name_vi` and `name_en`). */
export const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'vi' ? 'name_vi' : 'name_en'];

/** Viet Nam and its neighbours under the provinces; transparent over a configured basemap, which draws its own land. */
export function contextLayers(overBasemap: boolean): LayerSpecification[] {
  return [
    {
      id: LAYER.contextFill,
      type: 'fill',
      source: SOURCE.context,
      // No antialiased edge: one pass and one shader program fewer in every frame. The coasts it would
      // smooth are low-contrast (land on water) and the provinces' outline draws over Viet Nam's borders.
      paint: { 'fill-color': ['match', ['get', 'context'], 'vietnam', COLORS.vietnam, COLORS.neighbour], 'fill-opacity': overBasemap ? 0 : 1, 'fill-antialias': false },
    },
  ];
}

export function provinceLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      paint: {
        // A province's class colour where the choropleth shows it (the delta, or with extent=country every
        // province); otherwise the delta's plain tint, and the rest of the country as context.
        'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], ['case', ['get', 'in_region'], COLORS.regionProvince, COLORS.province]]],
        // No antialiased edge: the outline layer draws over every edge (and it is one pass fewer).
        'fill-antialias': false,
      },
    },
    {
      id: LAYER.provincesNoData,
      type: 'fill',
      source: SOURCE.provinces,
      // No antialiased edge: the outline layer draws over every edge (and it is one pass fewer).
      paint: { 'fill-pattern': IMAGE.noDataHatch, 'fill-opacity': ['case', state('noData'), 1, 0], 'fill-antialias': false, ...switchedOff('fill-layer-opacity') },
    },
    {
      id: LAYER.provincesOutline,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': ['case', ['get', 'in_region'], COLORS.regionOutline, COLORS.otherOutline],
        // The delta stays outlined when the whole country is coloured (extent=country): wider at the country's zoom.
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', ['get', 'in_region'], 2, 0.5], 7, ['case', ['get', 'in_region'], 1.2, 0.6]],
      },
    },
    {
      // Partial aggregate (a merged unit with a constituent missing): a dashed inner line.
      id: LAYER.provincesPartial,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': MARK_COLORS.partial, 'line-width': 3, 'line-dasharray': [1.5, 1.5], 'line-offset': 2.5, 'line-opacity': ['case', state('partial'), 1, 0],
        ...switchedOff('line-layer-opacity'),
      },
    },
    {
      // Contested value (two publishers disagree): a red inner line.
      id: LAYER.provincesContested,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': MARK_COLORS.contested, 'line-width': 2, 'line-offset': 1.5, 'line-opacity': ['case', state('contested'), 1, 0],
        ...switchedOff('line-layer-opacity'),
      },
    },
    {
      // A latest-available value dated before the year shown (`asof=latest`): a dotted inner line.
      id: LAYER.provincesCarried,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': MARK_COLORS.carried, 'line-width': 2, 'line-dasharray': [0.5, 1.5], 'line-offset': 4, 'line-opacity': ['case', state('carried'), 1, 0], ...switchedOff('line-layer-opacity') },
    },
    {
      id: LAYER.provincesHover,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': COLORS.selectedOutline, 'line-width': ['case', state('hover'), 2, state('focus'), 2.5, 0], 'line-dasharray': [2, 1],
        ...switchedOff('line-layer-opacity'),
      },
    },
    {
      id: LAYER.provincesSelectedOutline,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': COLORS.selectedOutline, 'line-width': ['case', state('selected'), 3.5, 0], ...switchedOff('line-layer-opacity') },
    },
    {
      // The opened zone's province (in the edition shown), so the reader sees where the zone sits.
      id: LAYER.provincesFramed,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': FOCUS_COLORS.provinceOutline, 'line-width': ['case', state('framed'), 2.5, 0], 'line-dasharray': [3, 1.5], ...switchedOff('line-layer-opacity') },
    },
  ];
}

/**
 * Province names, drawn above the zones and logistics symbols and placed after the cluster counts
 * (MapLibre places the topmost symbol layers first): a name that would fall on a cluster bubble moves
 * beside it, never under it.
 */
export function provinceLabelLayer(lang: Lang): LayerSpecification {
  return {
    id: LAYER.provinceLabels,
    type: 'symbol',
    source: SOURCE.provinceLabels,
    filter: ['get', 'in_region'],
    layout: {
      'text-field': nameField(lang),
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10.5, 9, 15],
      'text-max-width': 7,
      'text-padding': 1,
      // At the label point if it is free, else beside it, far enough (ems) to clear the largest bubble; where
      // no spot is free, at the point all the same (MapLibre tries every anchor without overlap first): a
      // name is never dropped, and it is drawn above the bubbles.
      'text-overlap': 'always',
      'text-variable-anchor-offset': [
        'center', [0, 0], 'top', [0, 1.7], 'bottom', [0, -1.7], 'left', [1.9, 0], 'right', [-1.9, 0],
        'top-left', [1.3, 1.3], 'top-right', [-1.3, 1.3], 'bottom-left', [1.3, -1.3], 'bottom-right', [-1.3, -1.3],
      ],
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.6 },
  };
}

/** "◆ Name (12,345 ha)": a KKT is drawn as a symbol with its stated area, as no outline exists. */
export function kktLabel(lang: Lang): ExpressionSpecification {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  return [
    'concat', '◆ ', nameField(lang),
    ['case', ['!=', ['get', 'area'], null], ['concat', ' (', ['number-format', ['get', 'area'], { locale, 'max-fraction-digits': 0 }], ' ha)'], ''],
  ];
}

/** A cluster bubble's radius, px, by how many parks it holds. */
const CLUSTER_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'point_count'], 2, 8, 20, 14, 60, 20];
/** The invisible disc under a cluster count, scaled to cover the bubble and its outline (radius + 1 px). */
const CLUSTER_DISC_SIZE: ExpressionSpecification = [
  'interpolate', ['linear'], ['get', 'point_count'],
  2, (2 * (8 + 1)) / CLUSTER_DISC_PX, 20, (2 * (14 + 1)) / CLUSTER_DISC_PX, 60, (2 * (20 + 1)) / CLUSTER_DISC_PX,
];

/** The number on each cluster bubble, over an invisible disc the size of the bubble (see provinceLabelLayer). */
export function clusterCountLayer(): LayerSpecification {
  return {
    id: LAYER.zoneClusterCount,
    type: 'symbol',
    source: SOURCE.zones,
    filter: ['has', 'point_count'],
    // The count always shows; the invisible disc under it blocks the bubble's area, so province names
    // (placed after this layer) move off the bubble rather than being drawn under it.
    layout: {
      'text-field': ['to-string', ['get', 'point_count']],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      'icon-image': IMAGE.clusterDisc,
      'icon-size': CLUSTER_DISC_SIZE,
      'icon-allow-overlap': true,
    },
    paint: { 'text-color': CLUSTER_COLORS.count, 'icon-opacity': 0 },
  };
}

export function zoneLayers(lang: Lang): LayerSpecification[] {
  const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']];
  const unknown: ExpressionSpecification = ['==', ['get', 'unknown'], true];
  const kindColor: ExpressionSpecification = ['match', ['get', 'kind'], 'KCN-in-KKT', ZONE_COLORS['KCN-in-KKT'], 'KCNC', ZONE_COLORS.KCNC, ZONE_COLORS.KCN];
  return [
    {
      id: LAYER.kktArea,
      type: 'circle',
      source: SOURCE.kkt,
      paint: {
        // No KKT outline exists in any source: a ring sized by the stated area (a circle of that area).
        'circle-radius': metresToPixels(['*', 100, ['sqrt', ['/', ['coalesce', ['get', 'area'], 1000], Math.PI]]]),
        'circle-color': ZONE_COLORS.KKT,
        'circle-opacity': ['case', unknown, 0, 0.06],
        'circle-stroke-color': ZONE_COLORS.KKT,
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
        'circle-stroke-opacity': 0.7,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER.kktSymbol,
      type: 'symbol',
      source: SOURCE.kkt,
      // The rings show every KKT; their names and areas from zoom 8, where they no longer hide provinces.
      minzoom: 8,
      layout: {
        'text-field': kktLabel(lang),
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': ZONE_COLORS.KKT, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
    },
    {
      id: LAYER.zoneClusters,
      type: 'circle',
      source: SOURCE.zones,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': CLUSTER_COLORS.fill,
        'circle-opacity': 0.75,
        'circle-radius': CLUSTER_RADIUS,
        'circle-stroke-color': CLUSTER_COLORS.stroke,
        'circle-stroke-width': 1.5,
      },
    },
    {
      // Approximate locations look approximate: a faint disc of the error radius.
      id: LAYER.zonePrecision,
      type: 'circle',
      source: SOURCE.zones,
      filter: ['all', unclustered, ['>=', ['get', 'precision_m'], 1500]],
      paint: {
        'circle-radius': metresToPixels(['get', 'precision_m']),
        'circle-color': CLUSTER_COLORS.fill,
        'circle-opacity': 0.05,
        'circle-stroke-color': CLUSTER_COLORS.fill,
        'circle-stroke-opacity': 0.35,
        'circle-stroke-width': 1,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER.zonePoints,
      type: 'circle',
      source: SOURCE.zones,
      filter: unclustered,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'area'], 60]], 0, 3.5, 20, 6, 45, 11],
        'circle-color': kindColor,
        // Hollow: kept by the filters although a filtered value is unknown (`unknown=1`).
        'circle-opacity': ['case', unknown, 0, ['match', ['get', 'status'], 'planned', 0.45, 0.9]],
        'circle-stroke-color': [
          'case', state('selected'), COLORS.selected, unknown, kindColor,
          ['match', ['get', 'status'], 'operating', STATUS_STROKE.operating.color, 'building', STATUS_STROKE.building.color, STATUS_STROKE.planned.color],
        ],
        'circle-stroke-width': [
          'case', state('selected'), 4, unknown, 2.5,
          ['match', ['get', 'status'], 'operating', STATUS_STROKE.operating.width, 'building', STATUS_STROKE.building.width, STATUS_STROKE.planned.width],
        ],
      },
    },
  ];
}

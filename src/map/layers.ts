// Layer specifications (MapLibre style spec, "Layers"). Paint that changes with the data reads
// feature state, so a new year or metric restyles features without rebuilding a source.
import type { LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
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

/** A place's name in the map's language (sources carry `name_vi` and `name_en`). */
export const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'vi' ? 'name_vi' : 'name_en'];

/** Viet Nam and its neighbours under the provinces; transparent over a configured basemap, which draws its own land. */
export function contextLayers(overBasemap: boolean): LayerSpecification[] {
  const opacity = overBasemap ? 0 : 1;
  return [
    { id: LAYER.neighboursFill, type: 'fill', source: SOURCE.neighbours, paint: { 'fill-color': COLORS.neighbour, 'fill-opacity': opacity } },
    { id: LAYER.vietnamFill, type: 'fill', source: SOURCE.vietnam, paint: { 'fill-color': COLORS.vietnam, 'fill-opacity': opacity } },
  ];
}

export function provinceLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      paint: {
        'fill-color': [
          'case',
          ['!', ['get', 'in_region']], COLORS.province,
          ['to-color', ['coalesce', ['feature-state', 'fill'], COLORS.regionProvince]],
        ],
      },
    },
    {
      id: LAYER.provincesNoData,
      type: 'fill',
      source: SOURCE.provinces,
      paint: { 'fill-pattern': IMAGE.noDataHatch, 'fill-opacity': ['case', state('noData'), 1, 0] },
    },
    {
      id: LAYER.provincesOutline,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': ['case', ['get', 'in_region'], COLORS.regionOutline, COLORS.otherOutline],
        'line-width': ['case', ['get', 'in_region'], 1.2, 0.6],
      },
    },
    {
      // Partial aggregate (a merged unit with a constituent missing): a dashed inner line.
      id: LAYER.provincesPartial,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': MARK_COLORS.partial, 'line-width': 3, 'line-dasharray': [1.5, 1.5], 'line-offset': 2.5, 'line-opacity': ['case', state('partial'), 1, 0] },
    },
    {
      // Contested value (two publishers disagree): a red inner line.
      id: LAYER.provincesContested,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': MARK_COLORS.contested, 'line-width': 2, 'line-offset': 1.5, 'line-opacity': ['case', state('contested'), 1, 0] },
    },
    {
      // A latest-available value dated before the year shown (`asof=latest`): a dotted inner line.
      id: LAYER.provincesCarried,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': MARK_COLORS.carried, 'line-width': 2, 'line-dasharray': [0.5, 1.5], 'line-offset': 4, 'line-opacity': ['case', state('carried'), 1, 0] },
    },
    {
      id: LAYER.provincesHover,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': COLORS.selectedOutline, 'line-width': ['case', state('hover'), 2, state('focus'), 2.5, 0], 'line-dasharray': [2, 1] },
    },
    {
      id: LAYER.provincesSelectedOutline,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': COLORS.selectedOutline, 'line-width': ['case', state('selected'), 3.5, 0] },
    },
    {
      // The opened zone's province (in the edition shown), so the reader sees where the zone sits.
      id: LAYER.provincesFramed,
      type: 'line',
      source: SOURCE.provinces,
      paint: { 'line-color': FOCUS_COLORS.provinceOutline, 'line-width': ['case', state('framed'), 2.5, 0], 'line-dasharray': [3, 1.5] },
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

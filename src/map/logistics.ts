// Layer specifications for the logistics points and the opened zone's surroundings (style spec "Layers").
// The logistics layers are switched with `layers=logistics` (LOGISTICS_LAYERS); the opened zone's point
// and ring always show, above the clusters that would otherwise hide it.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/messages';
import { LABEL_FONT } from './style';
import { LAYER, SOURCE } from './ids';
import { metresToPixels, metresToPixelsAtLeast, nameField } from './layers';
import { CLUSTER_COLORS, COLORS, FOCUS_COLORS } from './palette';

/** A point's name from zoom 9, where the symbols no longer crowd each other. */
export const logisticsLabel = (lang: Lang): ExpressionSpecification => ['step', ['zoom'], '', 9, nameField(lang)];

/** "32 km" on a straight line (the number in the map's language). */
export function linkLabel(lang: Lang): ExpressionSpecification {
  return ['concat', ['number-format', ['get', 'km'], { locale: lang === 'vi' ? 'vi-VN' : 'en-US', 'max-fraction-digits': 1 }], ' km'];
}

export function logisticsLayers(visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  return [
    {
      // The same faint disc as an approximate zone location: the point's error radius.
      id: LAYER.logisticsPrecision,
      type: 'circle',
      source: SOURCE.logistics,
      layout: { visibility },
      paint: {
        'circle-radius': metresToPixels(['get', 'precision_m']),
        'circle-color': CLUSTER_COLORS.fill,
        'circle-opacity': 0.04,
        'circle-stroke-color': CLUSTER_COLORS.fill,
        'circle-stroke-opacity': 0.3,
        'circle-stroke-width': 1,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER.focusLinks,
      type: 'line',
      source: SOURCE.focusLinks,
      layout: { visibility, 'line-cap': 'round' },
      paint: { 'line-color': FOCUS_COLORS.link, 'line-width': 1.6, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
    },
  ];
}

/** The opened zone: its ring (the location's error radius, never hidden in a cluster) and its point. */
export function focusLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.focusRing,
      type: 'circle',
      source: SOURCE.focusZone,
      paint: {
        // The error radius, and never smaller than a ring around the point: the reader sees it is approximate.
        'circle-radius': metresToPixelsAtLeast(['get', 'precision_m'], 8),
        'circle-color': FOCUS_COLORS.ring,
        'circle-opacity': 0.08,
        'circle-stroke-color': FOCUS_COLORS.ring,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.9,
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: LAYER.focusPoint,
      type: 'circle',
      source: SOURCE.focusZone,
      paint: { 'circle-radius': 4.5, 'circle-color': COLORS.selected, 'circle-stroke-color': COLORS.selectedOutline, 'circle-stroke-width': 2 },
    },
  ];
}

/** The symbols: always drawn, never in the way of a name (they neither block nor hide other labels). */
export function logisticsSymbolLayer(lang: Lang, visible: boolean): LayerSpecification {
  return {
    id: LAYER.logisticsPoints,
    type: 'symbol',
    source: SOURCE.logistics,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'icon-image': ['concat', 'logistics-', ['get', 'kind'], ['case', ['get', 'operating'], '', '-planned']],
      // Smaller at the delta's scale, where a port and an airport share a few pixels with a cluster bubble.
      'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.7, 9, 1],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'text-field': logisticsLabel(lang),
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-anchor': 'top',
      'text-offset': [0, 1.1],
      'text-max-width': 9,
      'text-optional': true,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
  };
}

/** The km on the opened zone's straight lines, above everything. */
export function linkLabelLayer(lang: Lang, visible: boolean): LayerSpecification {
  return {
    id: LAYER.focusLinkLabels,
    type: 'symbol',
    source: SOURCE.focusLinks,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'symbol-placement': 'line-center',
      'text-field': linkLabel(lang),
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': FOCUS_COLORS.link, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 2 },
  };
}

// The base style: no tile server, no remote glyphs. Text is drawn by MapLibre's local glyph
// rendering (TinySDF) from a font the system has, so nothing is fetched (RECIPE: offline glyphs, option 1).
import type { StyleSpecification } from 'maplibre-gl';
import { COLORS } from './palette';

export const LABEL_FONT = ['DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'KCN Atlas base (offline)',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': COLORS.water } }],
  };
}

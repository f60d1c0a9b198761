// The base style: no tile server, no remote glyphs. Text is drawn by MapLibre's local glyph
// rendering (TinySDF) from a font the system has, so nothing is fetched (RECIPE: offline glyphs, option 1).
import type { StyleSpecification } from 'maplibre-gl';

export const LABEL_FONT = ['DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];

export const COLORS = {
  water: '#dce9f2',
  neighbour: '#ecebe6',
  vietnam: '#f7f6f2',
  province: '#f3f1ea',
  regionProvince: '#fdfcf8',
  regionOutline: '#5f6b76',
  otherOutline: '#c9c5ba',
  hover: '#fde9b5',
  selected: '#f6b93b',
  selectedOutline: '#8a4b00',
  label: '#1d2733',
  labelHalo: '#ffffff',
} as const;

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'KCN Atlas base (offline)',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': COLORS.water } }],
  };
}

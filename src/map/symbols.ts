// The logistics symbols, as SVG drawn by the app itself (no icon font, no sprite server): the map rasterises
// them into its images (images.ts), the legend shows them inline and the PNG export draws them. Only
// strings and colours here, so the legend can import it without the map's code.
import { LOGISTICS_COLORS } from './palette';

export type LogisticsSymbolKind = keyof typeof LOGISTICS_COLORS;
export const LOGISTICS_SYMBOL_KINDS = Object.keys(LOGISTICS_COLORS) as LogisticsSymbolKind[];

/** The symbol's size on the map and in the legend, CSS pixels. */
export const SYMBOL_PX = 22;

// Glyphs on a 24 × 24 grid: a plane, an anchor, a container, a gate.
const GLYPHS: Record<LogisticsSymbolKind, string> = {
  airport:
    '<path stroke="none" fill="G" d="M12 4.3c.8 0 1.25.7 1.25 1.6v4l5.4 3.2v1.8l-5.4-1.7v3.4l1.7 1.3v1.4L12 18.5l-2.95.8v-1.4l1.7-1.3v-3.4l-5.4 1.7v-1.8l5.4-3.2v-4c0-.9.45-1.6 1.25-1.6z"/>',
  seaport: '<circle cx="12" cy="6.6" r="1.7"/><path d="M12 8.3v10.2M8.6 10.8h6.8M6.2 13.6c.4 3 2.8 4.9 5.8 4.9s5.4-1.9 5.8-4.9"/>',
  icd: '<rect x="5" y="7.5" width="14" height="9.5" rx="0.8"/><path d="M8.5 7.5v9.5M12 7.5v9.5M15.5 7.5v9.5"/>',
  border: '<path d="M7 18.5V7.2M17 18.5V7.2M4.8 7.2h14.4M7 11h10"/>',
};

/**
 * One symbol as SVG markup, `px` pixels square. An operating point is a filled square with a white glyph;
 * one not operating yet (under construction) is hollow and dashed.
 */
export function logisticsSymbolSvg(kind: LogisticsSymbolKind, operating: boolean, px = SYMBOL_PX): string {
  const color = LOGISTICS_COLORS[kind];
  const glyphColor = operating ? '#ffffff' : color;
  const badge = operating
    ? `<rect x="1.5" y="1.5" width="21" height="21" rx="5" fill="${color}" stroke="#ffffff" stroke-width="1.5"/>`
    : `<rect x="2" y="2" width="20" height="20" rx="5" fill="#ffffff" stroke="${color}" stroke-width="2" stroke-dasharray="3 2"/>`;
  const glyph = GLYPHS[kind].replace('fill="G"', `fill="${glyphColor}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 24 24">${badge}` +
    `<g fill="none" stroke="${glyphColor}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${glyph}</g></svg>`
  );
}

export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

// Exports in the browser: the map as PNG with its title, legend, sources and attribution; any chart as
// SVG or PNG with its sources; CSV files; the link. Files are downloaded, never uploaded.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendClass } from '../../core/choropleth/choropleth';
import { CLUSTER_COLORS, FOCUS_COLORS, ZONE_COLORS } from '../../map/palette';
import { logisticsSymbolSvg, svgDataUrl, type LogisticsSymbolKind } from '../../map/symbols';

export function download(filename: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The map's current frame, read inside a render (the drawing buffer is not preserved). */
function mapFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** One row of the symbol key: what to draw, and its words. */
export type KeySymbol =
  | { draw: 'logistics'; kind: LogisticsSymbolKind; operating: boolean; label: string }
  | { draw: 'cluster' | 'kkt' | 'ring' | 'hollow' | 'link' | 'framed'; label: string };

export interface MapExportText {
  title: string;
  subtitle: string;
  legend: { label: string; classes: LegendClass[]; format: (v: number) => string; noData: string };
  /** The key to the map's other symbols (MapSymbolsKey), as on screen. */
  symbols: { heading: string; items: KeySymbol[] };
  sources: string;
  attribution: string;
}

const INK = '#1d2733';
const MUTED = '#5a6672';
const KEY_LINE = 15;

async function symbolImage(kind: LogisticsSymbolKind, operating: boolean, px: number): Promise<HTMLImageElement> {
  const image = new Image(px, px);
  image.src = svgDataUrl(logisticsSymbolSvg(kind, operating, px));
  await image.decode();
  return image;
}

/** Draws one key symbol in an 18 × 18 box at (x, y) (top left), in CSS pixels × ratio. */
async function drawKeySymbol(ctx: CanvasRenderingContext2D, item: KeySymbol, x: number, y: number, ratio: number): Promise<void> {
  const size = 18 * ratio;
  const cx = x + size / 2;
  const cy = y + size / 2;
  ctx.save();
  if (item.draw === 'logistics') {
    ctx.drawImage(await symbolImage(item.kind, item.operating, Math.round(size)), x, y, size, size);
  } else if (item.draw === 'link' || item.draw === 'framed') {
    ctx.strokeStyle = FOCUS_COLORS.link;
    ctx.lineWidth = (item.draw === 'link' ? 1.6 : 2) * ratio;
    ctx.setLineDash([3 * ratio, 2 * ratio]);
    if (item.draw === 'link') {
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + size, cy);
      ctx.stroke();
    } else ctx.strokeRect(x + 1 * ratio, y + 3 * ratio, size - 2 * ratio, size - 6 * ratio);
  } else {
    ctx.beginPath();
    ctx.arc(cx, cy, size / 2 - 1.5 * ratio, 0, 2 * Math.PI);
    if (item.draw === 'cluster') {
      ctx.fillStyle = CLUSTER_COLORS.fill;
      ctx.fill();
      ctx.fillStyle = CLUSTER_COLORS.count;
      ctx.font = `bold ${9 * ratio}px sans-serif`;
      ctx.textAlign = 'center';
      ctx.fillText('12', cx, cy + 3 * ratio);
    } else {
      ctx.fillStyle = item.draw === 'kkt' ? 'rgba(106, 81, 163, 0.08)' : item.draw === 'ring' ? 'rgba(47, 72, 88, 0.08)' : 'rgba(255, 255, 255, 0)';
      ctx.fill();
      ctx.strokeStyle = item.draw === 'kkt' ? ZONE_COLORS.KKT : item.draw === 'ring' ? 'rgba(47, 72, 88, 0.45)' : ZONE_COLORS.KCN;
      ctx.lineWidth = (item.draw === 'hollow' ? 2.5 : 1.5) * ratio;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** A scale bar for the map's centre latitude, in the map frame's bottom-left corner (the attribution is in the footer). */
function drawScale(ctx: CanvasRenderingContext2D, map: MapLibreMap, left: number, bottom: number, ratio: number): void {
  // Metres per CSS pixel on MapLibre's 512-pixel tiles at the centre's latitude.
  const metresPerPixel = (40_075_016.686 * Math.cos((map.getCenter().lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  const maxMetres = metresPerPixel * 100;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((step) => step * magnitude).find((m) => m <= maxMetres) ?? magnitude;
  const width = (metres / metresPerPixel) * ratio;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  const x = left + 10 * ratio;
  const y = bottom - 10 * ratio;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(x - 4 * ratio, y - 18 * ratio, width + 8 * ratio, 22 * ratio);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5 * ratio;
  ctx.beginPath();
  ctx.moveTo(x, y - 6 * ratio);
  ctx.lineTo(x, y);
  ctx.lineTo(x + width, y);
  ctx.lineTo(x + width, y - 6 * ratio);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `${11 * ratio}px sans-serif`;
  ctx.fillText(label, x + 3 * ratio, y - 7 * ratio);
}

export async function exportMapPng(map: MapLibreMap, text: MapExportText): Promise<Blob> {
  const frame = await mapFrame(map);
  const ratio = frame.width / map.getCanvas().clientWidth || 1;
  const pad = 16 * ratio;
  const legendWidth = 240 * ratio;
  const textWidth = legendWidth - pad - 26 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = frame.width + legendWidth + pad;
  const ctx = canvas.getContext('2d')!;
  ctx.font = `${13 * ratio}px sans-serif`;
  const footer = [...wrap(ctx, text.sources, canvas.width - 2 * pad), ...wrap(ctx, text.attribution, canvas.width - 2 * pad)];
  ctx.font = `${11 * ratio}px sans-serif`;
  const keyLines = text.symbols.items.map((item) => wrap(ctx, item.label, textWidth));
  const header = 56 * ratio;
  const classesHeight = (text.legend.classes.length + 2) * 20 * ratio + 16 * ratio;
  const keyHeight = 28 * ratio + keyLines.reduce((sum, lines) => sum + Math.max(22 * ratio, lines.length * KEY_LINE * ratio + 6 * ratio), 0);
  const body = Math.max(frame.height, classesHeight + keyHeight);
  canvas.height = header + body + pad + footer.length * 17 * ratio + pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = INK;
  ctx.font = `bold ${20 * ratio}px sans-serif`;
  ctx.fillText(text.title, pad, 26 * ratio);
  ctx.font = `${13 * ratio}px sans-serif`;
  ctx.fillStyle = MUTED;
  ctx.fillText(text.subtitle, pad, 46 * ratio);
  ctx.drawImage(frame, 0, header);
  drawScale(ctx, map, 0, header + frame.height, ratio);
  // Legend to the right of the map.
  let y = header + 16 * ratio;
  const x = frame.width + pad;
  ctx.fillStyle = INK;
  ctx.font = `bold ${12 * ratio}px sans-serif`;
  ctx.fillText(text.legend.label, x, y);
  ctx.font = `${12 * ratio}px sans-serif`;
  for (const c of text.legend.classes) {
    y += 20 * ratio;
    ctx.fillStyle = c.color;
    ctx.fillRect(x, y - 11 * ratio, 18 * ratio, 12 * ratio);
    ctx.strokeStyle = '#8894a0';
    ctx.strokeRect(x, y - 11 * ratio, 18 * ratio, 12 * ratio);
    ctx.fillStyle = INK;
    ctx.fillText(c.from === c.to ? text.legend.format(c.from) : `${text.legend.format(c.from)} – ${text.legend.format(c.to)}`, x + 26 * ratio, y);
  }
  y += 20 * ratio;
  ctx.strokeStyle = '#8894a0';
  ctx.strokeRect(x, y - 11 * ratio, 18 * ratio, 12 * ratio);
  for (let i = 0; i < 18; i += 4) {
    ctx.beginPath();
    ctx.moveTo(x + i * ratio, y + 1 * ratio);
    ctx.lineTo(x + (i + 6) * ratio, y - 11 * ratio);
    ctx.stroke();
  }
  ctx.fillStyle = INK;
  ctx.fillText(text.legend.noData, x + 26 * ratio, y);
  // The symbol key under it.
  y += 34 * ratio;
  ctx.font = `bold ${12 * ratio}px sans-serif`;
  ctx.fillText(text.symbols.heading, x, y);
  y += 10 * ratio;
  for (const [i, item] of text.symbols.items.entries()) {
    await drawKeySymbol(ctx, item, x, y, ratio);
    ctx.fillStyle = INK;
    ctx.font = `${11 * ratio}px sans-serif`;
    keyLines[i].forEach((line, j) => ctx.fillText(line, x + 26 * ratio, y + 13 * ratio + j * KEY_LINE * ratio));
    y += Math.max(22 * ratio, keyLines[i].length * KEY_LINE * ratio + 6 * ratio);
  }
  ctx.fillStyle = MUTED;
  ctx.font = `${13 * ratio}px sans-serif`;
  footer.forEach((line, i) => ctx.fillText(line, pad, header + body + pad + (i + 1) * 17 * ratio));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** A chart's SVG as a standalone file: inline sizes, a title, and its sources as text. */
export function chartSvg(svg: SVGSVGElement, title: string, sources: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width) || Number(svg.getAttribute('width')) || 800;
  const height = Math.ceil(box.height) || Number(svg.getAttribute('height')) || 400;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height + 60));
  copy.setAttribute('viewBox', `0 -36 ${width} ${height + 60}`);
  copy.setAttribute('font-family', 'sans-serif');
  const ns = 'http://www.w3.org/2000/svg';
  const heading = document.createElementNS(ns, 'text');
  heading.setAttribute('x', '0');
  heading.setAttribute('y', '-14');
  heading.setAttribute('font-size', '15');
  heading.setAttribute('font-weight', 'bold');
  heading.textContent = title;
  const footer = document.createElementNS(ns, 'text');
  footer.setAttribute('x', '0');
  footer.setAttribute('y', String(height + 18));
  footer.setAttribute('font-size', '10');
  footer.setAttribute('fill', '#5a6672');
  footer.textContent = sources;
  copy.prepend(heading);
  copy.append(footer);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

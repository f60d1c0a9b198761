// Exports in the browser: the map as PNG with its title, legend, sources and attribution; any chart as
// SVG or PNG with its sources; CSV files; the link. Files are downloaded, never uploaded.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendClass } from '../../core/choropleth/choropleth';

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

export interface MapExportText {
  title: string;
  subtitle: string;
  legend: { label: string; classes: LegendClass[]; format: (v: number) => string; noData: string };
  sources: string;
  attribution: string;
}

export async function exportMapPng(map: MapLibreMap, text: MapExportText): Promise<Blob> {
  const frame = await mapFrame(map);
  const ratio = frame.width / map.getCanvas().clientWidth || 1;
  const pad = 16 * ratio;
  const legendWidth = 240 * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = frame.width + legendWidth + pad;
  const ctx = canvas.getContext('2d')!;
  ctx.font = `${13 * ratio}px sans-serif`;
  const footer = [...wrap(ctx, text.sources, canvas.width - 2 * pad), ...wrap(ctx, text.attribution, canvas.width - 2 * pad)];
  const header = 56 * ratio;
  canvas.height = header + frame.height + pad + footer.length * 17 * ratio + pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d2733';
  ctx.font = `bold ${20 * ratio}px sans-serif`;
  ctx.fillText(text.title, pad, 26 * ratio);
  ctx.font = `${13 * ratio}px sans-serif`;
  ctx.fillStyle = '#5a6672';
  ctx.fillText(text.subtitle, pad, 46 * ratio);
  ctx.drawImage(frame, 0, header);
  // Legend to the right of the map.
  let y = header + 16 * ratio;
  const x = frame.width + pad;
  ctx.fillStyle = '#1d2733';
  ctx.font = `bold ${12 * ratio}px sans-serif`;
  ctx.fillText(text.legend.label, x, y);
  ctx.font = `${12 * ratio}px sans-serif`;
  for (const c of text.legend.classes) {
    y += 20 * ratio;
    ctx.fillStyle = c.color;
    ctx.fillRect(x, y - 11 * ratio, 18 * ratio, 12 * ratio);
    ctx.strokeStyle = '#8894a0';
    ctx.strokeRect(x, y - 11 * ratio, 18 * ratio, 12 * ratio);
    ctx.fillStyle = '#1d2733';
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
  ctx.fillStyle = '#1d2733';
  ctx.fillText(text.legend.noData, x + 26 * ratio, y);
  ctx.fillStyle = '#5a6672';
  footer.forEach((line, i) => ctx.fillText(line, pad, header + frame.height + pad + (i + 1) * 17 * ratio));
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

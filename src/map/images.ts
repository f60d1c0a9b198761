// The map's own images (style spec "sprite" alternative: map.addImage): the logistics symbols, rasterised
// from the app's SVG (symbols.ts) at the screen's pixel ratio, and the cluster disc. Nothing is fetched.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { IMAGE, logisticsImage } from './ids';
import { LOGISTICS_SYMBOL_KINDS, logisticsSymbolSvg, svgDataUrl, SYMBOL_PX } from './symbols';

/** The cluster disc's diameter at icon-size 1, px (layers.ts scales it to the bubble). */
export const CLUSTER_DISC_PX = 40;

async function rasterise(svg: string, px: number): Promise<ImageData> {
  const image = new Image(px, px);
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0, px, px);
  return ctx.getImageData(0, 0, px, px);
}

function disc(px: number): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d')!;
  ctx.beginPath();
  ctx.arc(px / 2, px / 2, px / 2, 0, 2 * Math.PI);
  ctx.fill();
  return ctx.getImageData(0, 0, px, px);
}

/** Adds every image the layers refer to; resolves before the layers are added. */
export async function addImages(map: MapLibreMap): Promise<void> {
  const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
  const px = SYMBOL_PX * pixelRatio;
  await Promise.all(
    LOGISTICS_SYMBOL_KINDS.flatMap((kind) =>
      [true, false].map(async (operating) => {
        map.addImage(logisticsImage(kind, operating), await rasterise(logisticsSymbolSvg(kind, operating, px), px), { pixelRatio });
      }),
    ),
  );
  map.addImage(IMAGE.clusterDisc, disc(CLUSTER_DISC_PX));
}

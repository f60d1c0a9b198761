// The stage (presenter mode, `present=1`): the page is laid out as on a 960 × 540 screen and magnified to
// the viewport, so that every text a viewer must read grows with the projector (20 px and more at
// 1920 × 1080, 14 px and more at 1280 × 720) and the layout is the same on every projector. The map itself
// is not magnified (its canvas fills the stage at full resolution): its labels grow by the same factor
// through their `text-size`. Pure: applied by App.svelte (CSS `zoom`) and the map adapter.

/** The screen the stage is laid out for, CSS px. */
export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 540;

/**
 * How much the stage is magnified in a viewport: the stage fits it whole (the smaller of the two ratios),
 * never shrunk below 1 (a small window scrolls rather than shrinking the text), to two decimals.
 */
export function stageZoom(width: number, height: number): number {
  if (!(width > 0) || !(height > 0)) return 1;
  return Math.max(1, Math.floor(Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT) * 100) / 100);
}

/** A MapLibre size property (a number, a zoom curve or a data expression) multiplied by `factor`. */
export function scaledSize(size: unknown, factor: number): unknown {
  if (factor === 1) return size;
  if (typeof size === 'number') return round(size * factor);
  if (Array.isArray(size) && size[0] === 'interpolate' && isZoom(size[2])) {
    // A zoom curve must stay the outermost expression: its outputs are scaled, stop by stop.
    const [op, curve, input, ...stops] = size;
    return [op, curve, input, ...stops.map((value, i) => (i % 2 === 1 ? scaledSize(value, factor) : value))];
  }
  return ['*', factor, size];
}

const isZoom = (input: unknown) => Array.isArray(input) && input.length === 1 && input[0] === 'zoom';
const round = (value: number) => Math.round(value * 100) / 100;

// The map's sizes on the stage (core/present/stage.ts): a label's text-size or a bubble's radius multiplied by
// the stage's magnification. Pure; used by the map adapter (its own chunk).

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

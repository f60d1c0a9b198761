// The "no data" fill: diagonal hatching drawn once into an image, so missing never looks like a value.
import { NO_DATA_HATCH_RGBA } from './palette';

export function hatchImage(size = 16, color: readonly number[] = NO_DATA_HATCH_RGBA): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two-pixel-wide diagonal stripes that tile seamlessly.
      if ((x + y) % (size / 2) < 2) data.set(color, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

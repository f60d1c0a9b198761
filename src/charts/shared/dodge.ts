// Label placement along one axis (the trend's end labels, the slope chart's): keeps labels at least `gap`
// apart and inside [min, max], as close to their anchors as it can.

/** Returns positions in the input's order; anchors may come in any order. */
export function dodge(anchors: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = anchors.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((entry) => Math.max(entry.y, min));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  // Pushed past the bottom: pull the tail back up, keeping the gaps.
  if (placed.length > 0 && placed[placed.length - 1] > max) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  }
  const result = new Array<number>(anchors.length);
  order.forEach((entry, k) => (result[entry.i] = placed[k]));
  return result;
}

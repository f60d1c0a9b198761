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

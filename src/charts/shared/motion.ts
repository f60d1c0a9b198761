// Motion of the chart panels: one duration, under the 400 ms that still reads as one movement rather
// than an animation to watch; none when the reader asks for reduced motion (or during SSR).
export const MOTION_MS = 300;

export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Duration for a Svelte or d3 transition: 0 when motion is reduced, never over MOTION_MS. */
export function motionMs(ms = MOTION_MS): number {
  return prefersReducedMotion() ? 0 : Math.min(ms, MOTION_MS);
}

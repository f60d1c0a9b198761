// Transitions stay under 400 ms and are off when the reader asks for reduced motion (or during SSR).
export const MAX_TRANSITION_MS = 350;

export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return true;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Duration for a Svelte or d3 transition: 0 when motion is reduced, never over MAX_TRANSITION_MS. */
export function motionMs(ms: number): number {
  return prefersReducedMotion() ? 0 : Math.min(ms, MAX_TRANSITION_MS);
}

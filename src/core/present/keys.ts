// Presenter keys (a keyboard or a clicker): what a key does, or nothing. Pure, so it is tested in Node.
// Keys never act while the user types in a field or while an input method composes (Telex, VNI), and
// arrows are left to the map while it has focus.

export type PresenterAction =
  | 'prev-year'
  | 'next-year'
  | 'prev-metric'
  | 'next-metric'
  | 'toggle-play'
  | 'next-slide'
  | 'prev-slide'
  | 'exit'
  | 'fullscreen'
  | 'help';

export interface KeyContext {
  key: string;
  isComposing: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Focus is in an input, select, textarea or contenteditable. */
  inField: boolean;
  /** Focus is on the map canvas (its own arrow keys). */
  inMap: boolean;
  presenting: boolean;
}

export function presenterAction(context: KeyContext): PresenterAction | null {
  if (context.isComposing || context.inField || context.altKey || context.ctrlKey || context.metaKey) return null;
  const key = context.key;
  if (key === 'f' || key === 'F') return 'fullscreen';
  if (!context.presenting) return null;
  if (key === 'Escape') return 'exit';
  if (key === 'n' || key === 'N' || key === 'PageDown') return 'next-slide';
  if (key === 'p' || key === 'P' || key === 'PageUp') return 'prev-slide';
  if (key === ' ' || key === 'Spacebar') return 'toggle-play';
  if (key === '?') return 'help';
  if (context.inMap) return null;
  if (key === 'ArrowLeft') return 'prev-year';
  if (key === 'ArrowRight') return 'next-year';
  if (key === 'ArrowUp') return 'prev-metric';
  if (key === 'ArrowDown') return 'next-metric';
  return null;
}

/** The next item of a list, or the same one at the ends (years and metrics do not wrap). */
export function step<T>(items: readonly T[], current: T, delta: 1 | -1): T {
  const index = items.indexOf(current);
  if (index === -1) return items[0];
  return items[Math.max(0, Math.min(items.length - 1, index + delta))];
}

// The window's keys for the presenter and for closing a card, read from the DOM (what has focus) and decided by the pure rules
// of core/present/keys.ts. In the first chunk: the presenter itself loads on the first key that needs it.
import { presenterAction, type PresenterAction } from '../core/present/keys';

function focusInField(): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
}

function focusInMap(): boolean {
  return document.activeElement?.classList.contains('maplibregl-canvas') ?? false;
}

/** What a key press asks of the presenter, or null. */
export function presenterKey(event: KeyboardEvent, presenting: boolean): PresenterAction | null {
  return presenterAction({
    key: event.key,
    isComposing: event.isComposing,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    inField: focusInField(),
    inMap: focusInMap(),
    presenting,
  });
}

/** Esc closes an open card, unless it belongs to a field (clearing a search) or to the presenter (leaving). */
export function closeCardKey(event: KeyboardEvent, presenting: boolean): boolean {
  return event.key === 'Escape' && !event.isComposing && !presenting && !focusInField();
}

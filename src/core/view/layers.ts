// Which optional map layers are shown (CONTRACTS.md `layers`). Pure.
import type { ViewState } from '../url/state';

export type MapLayer = 'logistics';

/** The layers a view shows when the link does not say: the zones view shows logistics, the others none. */
export function defaultLayers(view: ViewState['view']): MapLayer[] {
  return view === 'zones' ? ['logistics'] : [];
}

export function shownLayers(state: Pick<ViewState, 'view' | 'layers'>): MapLayer[] {
  return (state.layers ?? defaultLayers(state.view)) as MapLayer[];
}

/** The `layers` value after switching one layer on or off: null again when that is the view's default (short links). */
export function toggleLayer(state: Pick<ViewState, 'view' | 'layers'>, layer: MapLayer, on: boolean): string[] | null {
  const next: MapLayer[] = shownLayers(state).filter((l) => l !== layer);
  if (on) next.push(layer);
  const defaults = defaultLayers(state.view);
  const same = next.length === defaults.length && next.every((l) => defaults.includes(l));
  return same ? null : next;
}

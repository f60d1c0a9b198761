// The bridge between the address bar and the view state: read on start and on back/forward,
// write on change. Selections push a history entry (so Back undoes them); other changes replace it.
import { decodeViewState, encodeViewState, type UrlNotice, type ViewState } from '../core/url/state';

export function readUrl(): { state: ViewState; notices: UrlNotice[] } {
  return decodeViewState(window.location.search);
}

export function writeUrl(state: ViewState, mode: 'push' | 'replace'): void {
  const search = encodeViewState(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

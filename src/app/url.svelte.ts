// The bridge between the address bar and the view state: read on start and on back/forward, write on
// change. Selections push a history entry (so Back undoes them); other changes replace it, at most once
// every 300 ms (browsers throttle and may refuse faster history updates while typing or playing).
import { encodeViewState, type UrlNotice, type ViewState } from '../core/url/state';
import { readLinkFirst } from '../core/url/read';

export const REPLACE_INTERVAL_MS = 300;

let lastReplace = 0;
let pending: { url: string; timer: ReturnType<typeof setTimeout> } | null = null;

/** The link in the address bar, its deck not yet checked (the app does that: AppState #reconcile). */
export function readUrl(): { state: ViewState; notices: UrlNotice[] } {
  return readLinkFirst(window.location.search);
}

function flushPending() {
  if (!pending) return;
  clearTimeout(pending.timer);
  window.history.replaceState(null, '', pending.url);
  lastReplace = performance.now();
  pending = null;
}

export function writeUrl(state: ViewState, mode: 'push' | 'replace'): void {
  const search = encodeViewState(state);
  // Absolute: a path that starts with '//' (a host's double slash) would otherwise read as another origin.
  const url = `${window.location.origin}${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') {
    if (pending) {
      clearTimeout(pending.timer);
      pending = null;
    }
    if (search !== window.location.search) window.history.pushState(null, '', url);
    return;
  }
  if (search === window.location.search && !pending) return;
  const wait = REPLACE_INTERVAL_MS - (performance.now() - lastReplace);
  if (pending) {
    pending.url = url;
  } else if (wait <= 0) {
    window.history.replaceState(null, '', url);
    lastReplace = performance.now();
  } else {
    pending = { url, timer: setTimeout(flushPending, wait) };
  }
}

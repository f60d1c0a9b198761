// A link read for the first screen: each parameter on its own (state.ts), then `from` before `year` and a
// slide without a deck. A deck is checked apart (link.ts checkDeck): its rules load only when a link has
// one. Pure.
import { onePerParam } from './notices';
import { decodeViewState, type UrlNotice, type ViewState } from './state';

export type LinkCheck = (state: ViewState) => { patch: Partial<ViewState>; notices: UrlNotice[] };

/** A slide number without a deck is dropped, with a notice (a deck's own slide is link.ts's to check). */
export function checkSlide(state: Pick<ViewState, 'deck' | 'slide'>): { patch: Partial<ViewState>; notices: UrlNotice[] } {
  if (state.deck !== null || state.slide === null) return { patch: {}, notices: [] };
  return { patch: { slide: null }, notices: [{ param: 'slide', value: String(state.slide), problem: 'slide' }] };
}

/** `from` is the earlier year of the change views: one not before `year` is dropped, with a notice. */
export function checkFrom(state: Pick<ViewState, 'from' | 'year'>): { patch: Partial<ViewState>; notices: UrlNotice[] } {
  if (state.from === null || state.year === null || state.from < state.year) return { patch: {}, notices: [] };
  return { patch: { from: null }, notices: [{ param: 'from', value: String(state.from), problem: 'from', detail: { year: String(state.year) } }] };
}

/** Reads a link's query string with the given checks in turn: a view state, and a notice for each value not used as given. */
export function readChecked(search: string, checks: readonly LinkCheck[]): { state: ViewState; notices: UrlNotice[] } {
  const decoded = decodeViewState(search);
  let state = decoded.state;
  const notices = [...decoded.notices];
  for (const check of checks) {
    const result = check(state);
    state = { ...state, ...result.patch };
    notices.push(...result.notices);
  }
  return { state, notices: onePerParam(notices) };
}

/** A link as the first screen reads it: everything but a deck's own checks (link.ts readLink adds them). */
export function readLinkFirst(search: string): { state: ViewState; notices: UrlNotice[] } {
  return readChecked(search, [checkSlide, checkFrom]);
}

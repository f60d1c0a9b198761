// A link read in full: each parameter on its own (state.ts), then what only parameters together can tell
// (the deck and its slide number, `from` before `year`). Every value dropped or changed says so in a
// notice; the data's own checks follow once it is loaded (core/view/reconcile.ts). The first screen reads
// a link without the deck's checks (read.ts); the app checks a deck with this module, loaded only then. Pure.
import { decodeDeck, encodeDeck, type DeckError } from './deck';
import { checkFrom, checkSlide, readChecked } from './read';
import type { UrlNotice, ViewState } from './state';

export { checkFrom } from './read';

/** A deck's error as a notice's detail (plain strings). */
function deckDetail(error: DeckError): Record<string, string> {
  return Object.fromEntries(Object.entries(error).map(([key, value]) => [key, String(value)]));
}

/**
 * The deck and slide of a view: a deck that cannot be used is dropped (and its slide number with it), a
 * slide beyond the deck becomes its last slide, a slide without a deck is dropped; each with a notice.
 */
export function checkDeck(state: Pick<ViewState, 'deck' | 'slide'>): { patch: Partial<ViewState>; notices: UrlNotice[] } {
  const { deck, slide } = state;
  if (deck === null) return checkSlide(state);
  const decoded = decodeDeck(deck);
  if ('error' in decoded) {
    return { patch: { deck: null, slide: null }, notices: [{ param: 'deck', value: deck, problem: 'deck', detail: deckDetail(decoded.error) }] };
  }
  const notices: UrlNotice[] = [];
  const patch: Partial<ViewState> = {};
  const total = decoded.deck.slides.length;
  if (total === 0) {
    patch.deck = null;
    patch.slide = null;
    return { patch, notices };
  }
  // The deck as the app writes it (slides' views normalized, titles cut): a link read back says nothing new.
  const normalized = encodeDeck(decoded.deck);
  if (normalized !== deck) patch.deck = normalized;
  if (slide !== null && slide >= total) {
    patch.slide = total - 1;
    notices.push({ param: 'slide', value: String(slide), problem: 'slide', detail: { total: String(total) } });
  }
  if (decoded.repaired) notices.push({ param: 'deck', value: deck, problem: 'deck', detail: { slides: decoded.repaired.join(', ') } });
  return { patch, notices };
}

/** Reads a link's query string: a view state that is whole, and a notice for each value not used as given. */
export function readLink(search: string): { state: ViewState; notices: UrlNotice[] } {
  return readChecked(search, [checkDeck, checkFrom]);
}
